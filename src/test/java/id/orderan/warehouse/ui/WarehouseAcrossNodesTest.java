package id.orderan.warehouse.ui;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.ChangeFeed;
import id.orderan.catalog.ProductService;
import id.orderan.order.OrderFeed;
import id.orderan.support.IntegrationTest;
import id.orderan.warehouse.PackingFixture;
import id.orderan.warehouse.PackingService;
import id.orderan.warehouse.ScanCommand;
import id.orderan.warehouse.WarehouseFeed;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Gudang screens across nodes (decision 0190): packing records its topic; other nodes' rows push. */
class WarehouseAcrossNodesTest extends IntegrationTest {

    @Autowired
    ChangeFeed feed;

    @Autowired
    WarehouseBroadcaster broadcaster;

    @Autowired
    PackingService packing;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void packing_an_order_records_the_warehouse_topic_once_and_a_partial_start_over_does_not() {
        PackingFixture fixture = PackingFixture.create(data, products);
        long before = highestId();

        scan(fixture, "BC-KOPI-01");
        assertThat(warehouseRowsSince(before)).as("not packed yet").isZero();
        scan(fixture, "BC-KOPI-01");
        scan(fixture, "TEH-MELATI");
        assertThat(warehouseRowsSince(before)).as("packed").isEqualTo(1);

        long packed = highestId();
        gudang(() -> packing.startOver(fixture.number()));
        assertThat(warehouseRowsSince(packed)).as("a packed order went back to the queue").isEqualTo(1);

        long reset = highestId();
        scan(fixture, "BC-KOPI-01");
        gudang(() -> packing.startOver(fixture.number()));
        assertThat(warehouseRowsSince(reset)).as("dropping partial ticks moves nothing").isZero();
    }

    @Test
    void another_nodes_order_and_warehouse_rows_refresh_an_open_gudang_screen() {
        feed.poll();
        broadcaster.pushIfChanged();
        AtomicInteger refreshes = new AtomicInteger();
        Registration registration = broadcaster.register(new RunningUi(), refreshes::incrementAndGet);
        try {
            insertFromOtherNode(WarehouseFeed.TOPIC);
            feed.poll();
            broadcaster.pushIfChanged();
            assertThat(refreshes).hasValue(1);

            insertFromOtherNode(OrderFeed.TOPIC);
            feed.poll();
            broadcaster.pushIfChanged();
            assertThat(refreshes).hasValue(2);
        } finally {
            registration.remove();
        }
    }

    private void scan(PackingFixture fixture, String code) {
        gudang(() -> packing.scanItem(new ScanCommand(fixture.number(), code, UUID.randomUUID().toString())));
    }

    private void insertFromOtherNode(String topic) {
        jdbc.update("INSERT INTO change_feed (topic, node) VALUES (?, 'node-b')", topic);
    }

    private long highestId() {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM change_feed", Long.class);
        return max == null ? 0 : max;
    }

    private int warehouseRowsSince(long id) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM change_feed WHERE id > ? AND topic = ? AND node = ?",
                Integer.class, id, WarehouseFeed.TOPIC, feed.node());
        return count == null ? 0 : count;
    }

    private static <T> T gudang(Supplier<T> action) {
        return as("gudang", "GUDANG", action);
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
