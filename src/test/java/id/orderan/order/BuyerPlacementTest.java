package id.orderan.order;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.security.Buyer;
import id.orderan.support.IntegrationTest;
import id.orderan.support.Placements;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 13: the one entry point through which a buyer's form or private link becomes an order. */
class BuyerPlacementTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService query;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_placed_order_is_belum_bayar_from_the_form_with_stock_taken_and_the_buyer_on_the_timeline() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        PlacedOrder placed = Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 2).shipping(12_000)
                .uniqueCode(123).build()));

        SalesOrder order = asAdmin(() -> query.getByNumber(placed.orderNumber()));
        assertThat(order.getSource()).isEqualTo(OrderSource.FORM);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.BELUM_BAYAR);
        assertThat(order.getGrandTotal()).isEqualTo(2 * 85_000 + 12_000 + 123).isEqualTo(placed.grandTotal());
        assertThat(order.getBuyerToken()).isEqualTo(placed.buyerToken());
        assertThat(order.getRecipientName()).isEqualTo("Rina Kartika");
        assertThat(order.isNeedsReview()).isFalse();
        assertThat(data.stock(kopi)).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT changed_by FROM order_status_change WHERE order_id = ?", String.class,
                order.getId())).isEqualTo(Buyer.NAME);
        assertThat(placed.firstTime()).isTrue();
    }

    @Test
    void the_same_key_twice_is_one_order_and_the_second_answer_is_the_first_order() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        var placement = Placements.of(kopi, 1).key("form-key-1").build();

        PlacedOrder first = Buyer.act(() -> orders.placeForBuyer(placement));
        PlacedOrder again = Buyer.act(() -> orders.placeForBuyer(placement));

        assertThat(again.orderNumber()).isEqualTo(first.orderNumber());
        assertThat(again.firstTime()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
        assertThat(data.stock(kopi)).isEqualTo(9);
    }

    @Test
    void six_simultaneous_placements_with_one_key_make_one_order() throws Exception {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        var placement = Placements.of(kopi, 1).key("double-tap").build();
        Callable<String> tap = () -> Buyer.act(() -> orders.placeForBuyer(placement)).orderNumber();
        try (var pool = Executors.newFixedThreadPool(6)) {
            List<Future<String>> answers = pool.invokeAll(List.of(tap, tap, tap, tap, tap, tap));
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(answers.getFirst().get());
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isEqualTo(1);
        assertThat(data.stock(kopi)).isEqualTo(9);
    }

    @Test
    void a_known_number_orders_as_the_existing_customer_and_a_new_number_makes_a_customer() {
        Customer budi = data.customer().name("Budi Santoso").phone("0812-1111-2222").create();
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        PlacedOrder known = Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1)
                .buyer("Budi S", "+62 812 1111 2222").build()));
        PlacedOrder fresh = Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1)
                .buyer("Dewi Lestari", "0857-3333-4444").build()));

        assertThat(asAdmin(() -> query.getByNumber(known.orderNumber())).getCustomerId()).isEqualTo(budi.getId());
        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE phone = '6285733334444'", String.class))
                .isEqualTo("Dewi Lestari");
    }

    @Test
    void a_soft_rule_flags_the_order_perlu_dicek_with_its_reason() {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);

        PlacedOrder placed = Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1)
                .needsReview("Alamat terlalu pendek").shippingToConfirm().build()));

        SalesOrder order = asAdmin(() -> query.getByNumber(placed.orderNumber()));
        assertThat(order.isNeedsReview()).isTrue();
        assertThat(order.getReviewReason()).isEqualTo("Alamat terlalu pendek");
        assertThat(order.isShippingToConfirm()).isTrue();
        assertThat(placed.shippingToConfirm()).isTrue();
    }

    @Test
    void sold_out_or_bad_input_places_nothing() {
        Product kopi = data.product("Kopi Gayo", 85_000, 1);

        assertThatThrownBy(() -> Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 2).build())))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1).buyer("Rina", "12")
                .build()))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.customer.phone-invalid");
        assertThatThrownBy(() -> Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1)
                .source(OrderSource.MANUAL).build()))).isInstanceOf(BusinessException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isZero();
        assertThat(data.stock(kopi)).isEqualTo(1);
    }

    @Test
    void only_the_buyer_role_places_orders_this_way() {
        Product kopi = data.product("Kopi Gayo", 85_000, 1);

        assertThatThrownBy(() -> asAdmin(() -> orders.placeForBuyer(Placements.of(kopi, 1).build())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
