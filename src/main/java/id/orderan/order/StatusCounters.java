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

    void move(OrderStatus from, OrderStatus to) {
        if (from != to) {
            add(from, -1);
            add(to, 1);
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
        jdbc.update("DELETE FROM order_status_count");
        jdbc.update("INSERT INTO order_status_count (status, slot, order_count) "
                + "SELECT status, 0, COUNT(*) FROM sales_order GROUP BY status");
    }

    private void add(OrderStatus status, int delta) {
        int slot = ThreadLocalRandom.current().nextInt(SLOTS);
        jdbc.update("INSERT INTO order_status_count (status, slot, order_count) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE order_count = order_count + VALUES(order_count)", status.name(), slot, delta);
    }
}
