package id.orderan.order;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.catalog.Product;
import id.orderan.security.Buyer;
import id.orderan.support.IntegrationTest;
import id.orderan.support.Placements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** "Tandai sudah dicek" (decision 0147): who may, the version it was read with, once only, on the timeline. */
class MarkReviewedTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void customer_service_clears_the_flag_and_the_timeline_keeps_who_and_the_reason() {
        SalesOrder flagged = flagged("alamat kurang dari 15 karakter");

        SalesOrder reviewed = as("cs", "CS", () -> orders.markReviewed(flagged.getOrderNumber(), flagged.getVersion()));

        assertThat(reviewed.isNeedsReview()).isFalse();
        assertThat(reviewed.getReviewReason()).as("the reason stays with the order").isEqualTo("alamat kurang dari 15 karakter");
        assertThat(reviewed.getVersion()).isGreaterThan(flagged.getVersion());
        assertThat(reviewLines(flagged)).singleElement().satisfies(line -> {
            assertThat(line.getChangedBy()).isEqualTo("cs");
            assertThat(line.getNote()).isEqualTo("Sudah dicek (alamat kurang dari 15 karakter)");
        });
        assertThat(asAdmin(() -> queries.count(OrderFilter.all().withNeedsReviewOnly(true)))).isZero();
    }

    @Test
    void a_second_click_with_the_old_version_changes_nothing_and_adds_no_line() {
        SalesOrder flagged = flagged("nama kurang dari 3 huruf");
        asAdmin(() -> orders.markReviewed(flagged.getOrderNumber(), flagged.getVersion()));

        SalesOrder again = asAdmin(() -> orders.markReviewed(flagged.getOrderNumber(), flagged.getVersion()));

        assertThat(again.isNeedsReview()).isFalse();
        assertThat(reviewLines(flagged)).hasSize(1);
    }

    @Test
    void an_order_changed_since_it_was_read_is_refused_and_stays_flagged() {
        SalesOrder flagged = flagged("nama kurang dari 3 huruf");
        jdbc.update("UPDATE sales_order SET version = version + 1 WHERE id = ?", flagged.getId()); // another save

        assertThatThrownBy(() -> asAdmin(() -> orders.markReviewed(flagged.getOrderNumber(), flagged.getVersion())))
                .isInstanceOf(OrderChangedException.class);
        assertThat(asAdmin(() -> queries.getByNumber(flagged.getOrderNumber())).isNeedsReview()).isTrue();
    }

    @Test
    void the_warehouse_and_the_buyer_may_not() {
        SalesOrder flagged = flagged("nama kurang dari 3 huruf");

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> orders.markReviewed(flagged.getOrderNumber(),
                flagged.getVersion()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Buyer.act(() -> orders.markReviewed(flagged.getOrderNumber(), flagged.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_list_filter_counts_only_flagged_orders() {
        flagged("nama kurang dari 3 huruf");
        Product kopi = data.product("Teh Melati", 12_500, 10);
        Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1).build()));

        OrderFilter filter = OrderFilter.all().withNeedsReviewOnly(true);

        assertThat(asAdmin(() -> queries.count(filter))).isEqualTo(1);
        assertThat(asAdmin(() -> queries.page(filter, OrderSort.newestFirst(), 0, 50)).rows())
                .singleElement().satisfies(row -> {
                    assertThat(row.needsReview()).isTrue();
                    assertThat(row.reviewReason()).isEqualTo("nama kurang dari 3 huruf");
                });
    }

    private SalesOrder flagged(String reason) {
        Product kopi = data.product("Kopi Gayo", 85_000, 10);
        PlacedOrder placed = Buyer.act(() -> orders.placeForBuyer(Placements.of(kopi, 1).needsReview(reason).build()));
        return asAdmin(() -> queries.getByNumber(placed.orderNumber()));
    }

    private List<StatusChange> reviewLines(SalesOrder order) {
        return asAdmin(() -> orders.history(order.getId())).stream()
                .filter(change -> change.getNote() != null && change.getNote().startsWith("Sudah dicek")).toList();
    }
}
