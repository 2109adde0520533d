package id.orderan.order;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-status order counts kept in {@code order_status_count}, changed in the same transaction as
 * the order, so the unfiltered tab counts cost a 64-row read instead of a scan of every order.
 *
 * <p>Each status has 8 slots and a change picks one at random: concurrent orders then rarely wait
 * for the same row lock, while a read simply sums the slots.
 *
 * @see <a href="../../../../../../docs/decisions/0115-keyset-paging-and-status-counters.md">0115 status counters</a>
 */
@Component
class StatusCounters {

    static final int SLOTS = 8;

    private final JdbcTemplate jdbc;

    StatusCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void increment(OrderStatus status) {
        add(status, 1);
    }

    /** Both rows in name order: two opposite moves at once then lock in the same order, never a cycle. */
    void move(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return;
        }
        if (from.name().compareTo(to.name()) < 0) {
            add(from, -1);
            add(to, 1);
        } else {
            add(to, 1);
            add(from, -1);
        }
    }

    Map<OrderStatus, Long> read() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("SELECT status, SUM(order_count) FROM order_status_count GROUP BY status",
                rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Rebuilds the counters from the orders themselves, after bulk loads or as a repair. */
    void recount() {
        jdbc.update(RECOUNT_RESET);
        jdbc.update(RECOUNT_FILL);
    }

    static final String RECOUNT_RESET = "UPDATE order_status_count SET order_count = 0";
    static final String RECOUNT_FILL = "INSERT INTO order_status_count (status, slot, order_count) "
            + "SELECT status, 0, COUNT(*) FROM sales_order GROUP BY status "
            + "ON DUPLICATE KEY UPDATE order_count = VALUES(order_count)";

    private void add(OrderStatus status, int delta) {
        int slot = ThreadLocalRandom.current().nextInt(SLOTS);
        int updated = jdbc.update("UPDATE order_status_count SET order_count = order_count + ? WHERE status = ? AND slot = ?",
                delta, status.name(), slot);
        if (updated == 0) { // the rows are created by changeset order-007; this only repairs a hand-edited table
            jdbc.update("INSERT INTO order_status_count (status, slot, order_count) VALUES (?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE order_count = order_count + VALUES(order_count)", status.name(), slot, delta);
        }
    }
}
