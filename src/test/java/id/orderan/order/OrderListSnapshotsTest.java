package id.orderan.order;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.ChangeFeed;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * List Order results shared by a node's screens per change (decision 0215): a change made underneath
 * with plain JDBC (no event, no feed row) shows whether a result was shared or read again.
 */
class OrderListSnapshotsTest extends IntegrationTest {

    @Autowired
    OrderQueryService queries;

    @Autowired
    OrderListSnapshots snapshots;

    @Autowired
    ChangeFeed feed;

    @Autowired
    JdbcTemplate jdbc;

    private SalesOrder order;

    @BeforeEach
    void anOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        feed.poll(); // rows other tests left are read now, not in the middle of a test
    }

    @Test
    void screens_refreshed_after_the_same_change_share_one_read_while_a_users_own_read_is_fresh() {
        assertThat(livePageName()).isEqualTo("Budi Santoso");
        renameUnderneath("Budi Baru");

        assertThat(livePageName()).as("shared within the generation").isEqualTo("Budi Santoso");
        assertThat(asAdmin(() -> queries.page(OrderFilter.all(), OrderSort.newestFirst(), 0, 50)).rows())
                .filteredOn(row -> row.id() == order.getId()).singleElement()
                .extracting(OrderRow::customerName).as("a user's own read").isEqualTo("Budi Baru");
    }

    @Test
    void counts_are_shared_too_and_read_again_after_a_local_commit() {
        var status = java.util.Set.of(order.getStatus());
        long before = asAdmin(() -> queries.liveCounts(OrderFilter.all())).sum(status);
        jdbc.update("UPDATE order_status_count SET order_count = order_count + 1000 WHERE status = ? LIMIT 1",
                order.getStatus().name());
        try {
            assertThat(asAdmin(() -> queries.liveCounts(OrderFilter.all())).sum(status)).as("shared").isEqualTo(before);

            data.order(data.customer().create(), OrderSource.MANUAL, data.product("Teh", 10_000), 1);

            assertThat(asAdmin(() -> queries.liveCounts(OrderFilter.all())).sum(status))
                    .as("after the new order committed").isGreaterThanOrEqualTo(before + 1000);
        } finally {
            jdbc.update("UPDATE order_status_count SET order_count = order_count - 1000 WHERE status = ?"
                    + " AND order_count >= 1000 LIMIT 1", order.getStatus().name());
        }
    }

    @Test
    void a_local_order_commit_makes_the_next_live_refresh_read_again() {
        assertThat(livePageName()).isEqualTo("Budi Santoso");
        renameUnderneath("Budi Baru");

        SalesOrder newer = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Teh", 10_000), 1);

        assertThat(livePageName()).isEqualTo("Budi Baru");
        assertThat(asAdmin(() -> queries.livePage(OrderFilter.all(), OrderSort.newestFirst(), 0, 50)).rows())
                .extracting(OrderRow::id).contains(newer.getId());
    }

    @Test
    void another_nodes_order_feed_row_makes_the_next_live_refresh_read_again() {
        assertThat(livePageName()).isEqualTo("Budi Santoso");
        renameUnderneath("Budi Baru");

        jdbc.update("INSERT INTO change_feed (topic, node) VALUES (?, 'node-b')", OrderFeed.TOPIC);
        feed.poll();

        assertThat(livePageName()).isEqualTo("Budi Baru");
    }

    @Test
    void the_warehouse_gets_the_shared_rows_without_money() {
        OrderPage admin = asAdmin(() -> queries.livePage(OrderFilter.all(), OrderSort.newestFirst(), 0, 50));
        renameUnderneath("Budi Baru");

        OrderPage gudang = TestData.as("gudang", "GUDANG",
                () -> queries.livePage(OrderFilter.all(), OrderSort.newestFirst(), 0, 50));

        assertThat(admin.rows()).filteredOn(row -> row.id() == order.getId()).singleElement()
                .satisfies(row -> assertThat(row.grandTotal()).isEqualTo(order.getGrandTotal()));
        assertThat(gudang.rows()).filteredOn(row -> row.id() == order.getId()).singleElement().satisfies(row -> {
            assertThat(row.customerName()).as("the shared read").isEqualTo("Budi Santoso");
            assertThat(row.grandTotal()).isNull();
        });
        assertThat(gudang.rows()).allSatisfy(row -> assertThat(row.grandTotal()).isNull());
    }

    @Test
    void a_read_that_a_commit_overtook_is_not_kept_for_the_new_generation() {
        AtomicInteger reads = new AtomicInteger();
        Object key = "test-" + order.getId();

        String first = snapshots.get(key, () -> {
            reads.incrementAndGet();
            snapshots.changed(); // a commit lands while this read is under way: it may not show it
            return "before the commit";
        });
        String second = snapshots.get(key, () -> {
            reads.incrementAndGet();
            return "after the commit";
        });
        String third = snapshots.get(key, () -> {
            reads.incrementAndGet();
            return "read a third time";
        });

        assertThat(first).isEqualTo("before the commit");
        assertThat(second).isEqualTo("after the commit");
        assertThat(third).as("kept, as no commit came since").isEqualTo("after the commit");
        assertThat(reads).hasValue(2);
    }

    private String livePageName() {
        return asAdmin(() -> queries.livePage(OrderFilter.all(), OrderSort.newestFirst(), 0, 50)).rows().stream()
                .filter(row -> row.id() == order.getId()).findFirst().orElseThrow().customerName();
    }

    private void renameUnderneath(String name) {
        jdbc.update("UPDATE sales_order SET customer_name = ? WHERE id = ?", name, order.getId());
    }
}
