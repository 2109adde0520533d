package id.orderan.order;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many orders each buyer has per status, in {@code order_buyer_count}, changed in the transaction of
 * every new order, move and change of buyer (by {@link OrderMoves}, beside {@link StatusCounters}). A
 * search for a name word that a few thousand buyers share ("Nasution", "Siti") then counts its tabs from
 * a row per buyer and status instead of every order of those buyers: the same few milliseconds at a
 * million orders as at ten million (decision 0220).
 *
 * <p>Rows of one buyer are locked in status-name order (as {@link StatusCounters#move} does), so two
 * opposite moves of the same buyer's orders cannot deadlock on them.
 *
 * @see <a href="../../../../../../docs/decisions/0220-buyer-counters-for-broad-name-searches.md">0220 buyer counters</a>
 */
@Component
class BuyerCounters {

    static final String RECOUNT_RESET = "DELETE FROM order_buyer_count";
    static final String RECOUNT_FILL = "INSERT INTO order_buyer_count (customer_id, status, order_count)"
            + " SELECT customer_id, status, COUNT(*) FROM sales_order GROUP BY customer_id, status";

    private final NamedParameterJdbcTemplate jdbc;

    BuyerCounters(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void created(long customerId, OrderStatus status) {
        add(customerId, status, 1);
    }

    void moved(long customerId, OrderStatus from, OrderStatus to) {
        if (from == to) {
            return;
        }
        if (from.name().compareTo(to.name()) < 0) {
            add(customerId, from, -1);
            add(customerId, to, 1);
        } else {
            add(customerId, to, 1);
            add(customerId, from, -1);
        }
    }

    /** The order now belongs to another buyer: the lower customer id's row first, for a fixed lock order. */
    void rebought(long fromCustomer, long toCustomer, OrderStatus status) {
        if (fromCustomer == toCustomer) {
            return;
        }
        if (fromCustomer < toCustomer) {
            add(fromCustomer, status, -1);
            add(toCustomer, status, 1);
        } else {
            add(toCustomer, status, 1);
            add(fromCustomer, status, -1);
        }
    }

    /** The orders of these buyers per status, exactly; statuses without orders are absent. */
    Map<OrderStatus, Long> read(Collection<Long> customerIds) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        if (customerIds.isEmpty()) {
            return counts;
        }
        // a plain IN list: the table has one index, so the optimizer's work on a thousand ids stays small
        jdbc.query("SET STATEMENT in_predicate_conversion_threshold = 0 FOR SELECT status, SUM(order_count)"
                        + " FROM order_buyer_count WHERE customer_id IN (:ids) GROUP BY status",
                new MapSqlParameterSource("ids", List.copyOf(customerIds)), rs -> {
                    long count = rs.getLong(2);
                    if (count > 0) {
                        counts.put(OrderStatus.valueOf(rs.getString(1)), count);
                    }
                });
        return counts;
    }

    /** Rebuilds every row from the orders themselves (after bulk SQL, as a repair). */
    void recount() {
        jdbc.getJdbcTemplate().update(RECOUNT_RESET);
        jdbc.getJdbcTemplate().update(RECOUNT_FILL);
    }

    private void add(long customerId, OrderStatus status, int delta) {
        jdbc.update("INSERT INTO order_buyer_count (customer_id, status, order_count) VALUES (:customer, :status, :delta)"
                        + " ON DUPLICATE KEY UPDATE order_count = order_count + VALUES(order_count)",
                new MapSqlParameterSource("customer", customerId).addValue("status", status.name())
                        .addValue("delta", delta));
    }
}
