package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class OrderServiceTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService queries;

    @Test
    void a_new_order_snapshots_buyer_and_products_and_computes_the_total() {
        Customer siti = data.customer().name("Siti Rahma").category(CustomerCategory.RESELLER)
                .phone("+62 813-1111-2222").create();
        Product kopi = data.product("Kopi Gayo 250g", 85_000);
        Product teh = data.product("Teh Melati", 12_500);

        SalesOrder order = data.order(new CreateOrderCommand(siti.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null),
                        new CreateOrderCommand.Line(teh.getId(), 3, 11_000L)),
                10_000, 18_000, 2_000, 1_000, 123, "Bungkus rapi"));

        assertThat(order.getOrderNumber()).matches("INV-\\d{4}-\\d{5}");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.BELUM_BAYAR);
        assertThat(order.getCustomerName()).isEqualTo("Siti Rahma");
        assertThat(order.getCustomerCategory()).isEqualTo(CustomerCategory.RESELLER);
        assertThat(order.getCustomerPhone()).isEqualTo("6281311112222");
        assertThat(order.getShippingAddress().city()).isEqualTo("Kota Bandung");
        assertThat(order.getSubtotal()).isEqualTo(2 * 85_000 + 3 * 11_000);
        assertThat(order.getGrandTotal()).isEqualTo(203_000 - 10_000 + 18_000 + 2_000 + 1_000 + 123);
        assertThat(order.getNote()).isEqualTo("Bungkus rapi");

        SalesOrder reloaded = TestData.asAdmin(() -> queries.getByNumber(order.getOrderNumber()));
        assertThat(reloaded.getLines()).extracting(OrderLine::getProductName, OrderLine::getQuantity, OrderLine::getUnitPrice)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kopi Gayo 250g", 2, 85_000L),
                        org.assertj.core.groups.Tuple.tuple("Teh Melati", 3, 11_000L));
    }

    @Test
    void creating_an_order_records_who_created_it_in_the_audit_trail() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Toraja", 90_000);

        SalesOrder order = TestData.as("rina", "CS", () -> orders.create(CreateOrderCommand.simple(
                budi.getId(), OrderSource.MANUAL, List.of(new CreateOrderCommand.Line(kopi.getId(), 1, null)))));

        List<StatusChange> history = TestData.asAdmin(() -> orders.history(order.getId()));
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.getFromStatus()).isNull();
            assertThat(change.getToStatus()).isEqualTo(OrderStatus.BELUM_BAYAR);
            assertThat(change.getChangedBy()).isEqualTo("rina");
        });
    }

    @Test
    void an_order_without_products_is_refused_with_a_translatable_reason() {
        Customer budi = data.customer().create();

        assertThatThrownBy(() -> data.order(CreateOrderCommand.simple(budi.getId(), OrderSource.MANUAL, List.of())))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.order.no-lines");
        assertThat(TestData.asAdmin(() -> queries.count(OrderFilter.all()))).isZero();
    }

    @Test
    void zero_quantities_and_a_discount_larger_than_the_order_are_refused() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Toraja", 90_000);

        assertThatThrownBy(() -> data.order(CreateOrderCommand.simple(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 0, null)))))
                .hasMessageContaining("error.order.quantity-invalid");
        assertThatThrownBy(() -> data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 1, null)), 100_000, 0, 0, 0, 0, null)))
                .hasMessageContaining("error.order.negative-total");
    }

    @Test
    void the_warehouse_role_cannot_create_orders_and_anonymous_callers_are_refused() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Toraja", 90_000);
        var command = CreateOrderCommand.simple(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 1, null)));

        assertThatThrownBy(() -> TestData.as("gudang", "GUDANG", () -> orders.create(command)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> orders.create(command))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
