package id.orderan.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code order_line.order_status} and {@code order_line.order_created_at} equal to their order's
 * status and creation time: in the transaction of each move (called by {@link OrderMoves}, next to the
 * status counters), and in chunks after bulk SQL (the migration, the demo data, the admin's repair).
 * No trigger: MariaDB with binary logging (our replica) needs SUPER for those (decision 0210).
 *
 * @see <a href="../../../../../../docs/decisions/0210-order-line-copies-and-capped-counts.md">0210 copies on order lines</a>
 */
@Component
class OrderLineCopies {

    /** Orders per resync statement: a few thousand line rows, a short lock, a small undo log. */
    static final int CHUNK = 20_000;

    private final JdbcTemplate jdbc;

    OrderLineCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement per move, by the lines' order index; the new lines of an order copy it themselves. */
    void moved(long orderId, OrderStatus to) {
        jdbc.update("UPDATE order_line SET order_status = ? WHERE order_id = ?", to.name(), orderId);
    }

    /** Repairs every line whose copies differ from its order (after bulk SQL); how many lines changed. */
    long resync() {
        return jdbc.execute((Connection c) -> resync(c, false));
    }

    /**
     * Walks the orders by id in chunks of {@link #CHUNK}, rewriting only the lines that differ. With
     * {@code commitEachChunk} (the migration, where nobody else writes yet) each chunk is committed
     * so that a big shop's upgrade never holds one huge transaction.
     */
    static long resync(Connection c, boolean commitEachChunk) throws SQLException {
        long min;
        long max;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM sales_order")) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        long changed = 0;
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE order_line l JOIN sales_order o ON o.id = l.order_id
                SET l.order_status = o.status, l.order_created_at = o.created_at
                WHERE l.order_id >= ? AND l.order_id < ?
                  AND NOT (l.order_status <=> o.status AND l.order_created_at <=> o.created_at)""")) {
            for (long from = min; from <= max; from += CHUNK) {
                update.setLong(1, from);
                update.setLong(2, from + CHUNK);
                changed += update.executeUpdate();
                if (commitEachChunk && !c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
        return changed;
    }
}
