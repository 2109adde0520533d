package id.orderan.order;

import id.orderan.base.JdbcDataTask;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Liquibase {@code customChange} (changesets order-010 and order-910): fills the order lines' copies of
 * their order's status and creation time for orders written before them or by SQL (existing shops,
 * the demo data), in committed chunks. Re-runnable: lines already right are not rewritten. Public only
 * because Liquibase instantiates it by name.
 *
 * @see <a href="../../../../../../docs/decisions/0210-order-line-copies-and-capped-counts.md">0210 copies on order lines</a>
 */
public class OrderLineCopiesBackfill extends JdbcDataTask {

    private long changed;
    private long millis;

    @Override
    protected void run(Connection connection) throws SQLException {
        long start = System.nanoTime();
        changed = OrderLineCopies.resync(connection, true);
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    protected String failure() {
        return "copying the order status onto the order lines failed";
    }

    @Override
    public String getConfirmationMessage() {
        return "order status and date copied onto %d order lines in %d ms".formatted(changed, millis);
    }
}
