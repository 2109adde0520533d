package id.orderan.order.ui;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.BusinessException;
import id.orderan.base.ChangeFeed;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.CourierService;
import id.orderan.order.OrderFeed;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change feed between application nodes (decision 0190): "another node" is a row inserted with plain
 * JDBC under another node's name. Polls are called by hand, besides the node's own poller thread; both
 * go through one synchronised poll, so a delivery counted here happened once whoever polled.
 */
class ChangeFeedAcrossNodesTest extends IntegrationTest {

    private static final String OTHER_NODE = "node-b";

    @Autowired
    ChangeFeed feed;

    @Autowired
    OrderListBroadcaster broadcaster;

    @Autowired
    StoreService stores;

    @Autowired
    OrderService orders;

    @Autowired
    CourierService couriers;

    @Autowired
    JdbcTemplate jdbc;

    /** A topic of this test only, so rows of other tests never count. */
    private String topic;
    private final AtomicInteger deliveries = new AtomicInteger();
    private long before;

    @BeforeEach
    void subscribe() {
        topic = "test-" + UUID.randomUUID().toString().substring(0, 8);
        feed.subscribe(topic, deliveries::incrementAndGet);
        feed.poll(); // whatever earlier tests left is read now
        before = highestId();
    }

    @Test
    void another_nodes_order_change_refreshes_an_open_list_order_within_one_poll() {
        broadcaster.pushIfChanged(); // whatever this node's own test data announced is pushed
        AtomicInteger refreshes = new AtomicInteger();
        Registration registration = broadcaster.register(new RunningUi(), refreshes::incrementAndGet);
        try {
            broadcaster.pushIfChanged();
            assertThat(refreshes).hasValue(0);

            insertFromOtherNode(OrderFeed.TOPIC);
            feed.poll();
            broadcaster.pushIfChanged(); // or the broadcaster's own tick did already

            assertThat(refreshes).hasValue(1);
            feed.poll();
            broadcaster.pushIfChanged();
            assertThat(refreshes).as("the same row is delivered once").hasValue(1);
        } finally {
            registration.remove();
        }
    }

    @Test
    void the_nodes_own_poller_thread_delivers_another_nodes_row_within_a_second() throws InterruptedException {
        insertFromOtherNode(topic);

        long start = System.nanoTime();
        while (deliveries.get() == 0 && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(20);
        }

        assertThat(deliveries).hasValue(1);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until delivered").isLessThan(2_000);
    }

    @Test
    void another_nodes_store_save_makes_this_node_read_the_profile_again() {
        asAdmin(() -> stores.save(new StoreProfile("Toko Lama", "Sleman", "", "", List.of(), "", "100x150", null, null,
                StoreProfile.NEVER_SAVED)));
        jdbc.update("UPDATE store_profile SET name = 'Toko Baru', version = version + 1 WHERE id = 1");
        assertThat(stores.profile().name()).as("remembered").isEqualTo("Toko Lama");

        insertFromOtherNode("store");
        feed.poll();

        assertThat(stores.profile().name()).isEqualTo("Toko Baru");
    }

    @Test
    void own_rows_are_not_delivered_because_local_events_already_reacted() {
        feed.record(topic); // outside a transaction: written at once, under this node's name

        feed.poll();

        assertThat(rowsSince(before, topic, feed.node())).isEqualTo(1);
        assertThat(deliveries).hasValue(0);
    }

    @Test
    void a_lower_id_that_commits_after_a_higher_one_is_still_delivered_once() {
        long high = before + 1_000;
        jdbc.update("INSERT INTO change_feed (id, topic, node) VALUES (?, ?, ?)", high, topic, OTHER_NODE);
        feed.poll();
        assertThat(deliveries).hasValue(1);

        // a transaction that took its id earlier commits only now
        jdbc.update("INSERT INTO change_feed (id, topic, node) VALUES (?, ?, ?)", high - 500, topic, OTHER_NODE);
        feed.poll();
        feed.poll();

        assertThat(deliveries).hasValue(2);
    }

    @Test
    void a_bulk_move_of_many_orders_in_one_transaction_writes_one_row() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 10_000, 1_000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            numbers.add(data.order(budi, OrderSource.MANUAL, kopi, 1).getOrderNumber());
        }
        long afterCreating = highestId();
        assertThat(rowsSince(before, OrderFeed.TOPIC, feed.node())).as("one per created order").isEqualTo(40);

        asAdmin(() -> orders.cancel(numbers, "Pembeli minta batal"));

        assertThat(rowsSince(afterCreating, OrderFeed.TOPIC, feed.node())).isEqualTo(1);
    }

    @Test
    void a_rolled_back_order_change_writes_no_row() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 10_000, 10);
        SalesOrder order = data.order(budi, OrderSource.MANUAL, kopi, 1);
        long afterCreating = highestId();

        // the first order moves, the second does not exist: all or none, so nothing is kept
        assertThatThrownBy(() -> asAdmin(() -> orders.cancel(List.of(order.getOrderNumber(), "TIDAK-ADA"),
                "Pembeli minta batal"))).isInstanceOf(BusinessException.class);

        assertThat(data.status(order)).isNotEqualTo("CANCEL");
        assertThat(rowsSince(afterCreating, OrderFeed.TOPIC, feed.node())).isZero();
    }

    @Test
    void rows_older_than_ten_minutes_are_pruned_and_newer_ones_stay() {
        jdbc.update("INSERT INTO change_feed (topic, node, created_at) VALUES (?, ?, NOW(3) - INTERVAL 11 MINUTE)",
                topic, OTHER_NODE);
        insertFromOtherNode(topic);

        assertThat(feed.prune()).isGreaterThanOrEqualTo(1);

        assertThat(rowsSince(before, topic, OTHER_NODE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE created_at < NOW(3) - INTERVAL 10 MINUTE",
                Integer.class)).isZero();
    }

    @Test
    void another_nodes_courier_change_makes_this_node_read_the_courier_list_again() {
        int known = asAdmin(() -> couriers.all()).size();
        jdbc.update("INSERT INTO courier (code, name, services, active, position, version, updated_by, updated_at) "
                + "VALUES ('feedx', 'Kurir Node B', '', 1, 99, 0, 'node-b', NOW())");
        assertThat(asAdmin(() -> couriers.all())).as("remembered").hasSize(known);

        insertFromOtherNode("courier");
        feed.poll();

        assertThat(asAdmin(() -> couriers.all())).extracting(c -> c.courier().label()).contains("Kurir Node B");
    }

    @Test
    void both_halves_of_the_poll_read_an_index_not_the_table() {
        jdbc.update("INSERT INTO change_feed (topic, node, created_at) SELECT ?, ?, NOW(3) - INTERVAL 5 MINUTE "
                + "FROM seq_1_to_5000", topic, OTHER_NODE);
        try {
            List<String> keys = jdbc.query("EXPLAIN SELECT id, topic, node FROM change_feed WHERE id > ? UNION "
                    + "SELECT id, topic, node FROM change_feed WHERE created_at >= NOW(3) - INTERVAL 10000000 MICROSECOND",
                    (rs, i) -> rs.getString("table") + ":" + rs.getString("type") + ":" + rs.getString("key"),
                    highestId());

            assertThat(keys).contains("change_feed:range:PRIMARY", "change_feed:range:ix_change_feed_created");
        } finally {
            jdbc.update("DELETE FROM change_feed WHERE topic = ?", topic);
        }
    }

    private void insertFromOtherNode(String topic) {
        jdbc.update("INSERT INTO change_feed (topic, node) VALUES (?, ?)", topic, OTHER_NODE);
    }

    private long highestId() {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM change_feed", Long.class);
        return max == null ? 0 : max;
    }

    private int rowsSince(long id, String topic, String node) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE id > ? AND topic = ? AND node = ?",
                Integer.class, id, topic, node);
        return count == null ? 0 : count;
    }

    /** A UI that runs pushed work at once, as an attached UI does on its next access. */
    private static final class RunningUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }
}
