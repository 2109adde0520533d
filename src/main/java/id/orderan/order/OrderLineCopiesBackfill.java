package id.orderan.order;

import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase {@code customChange} (changesets order-010 and order-910): fills the order lines' copies of
 * their order's status and creation time for orders written before them or by SQL (existing shops,
 * the demo data), in committed chunks. Re-runnable: lines already right are not rewritten. Public only
 * because Liquibase instantiates it by name.
 *
 * @see <a href="../../../../../../docs/decisions/0210-order-line-copies-and-capped-counts.md">0210 copies on order lines</a>
 */
public class OrderLineCopiesBackfill implements CustomTaskChange {

    private long changed;
    private long millis;

    @Override
    public void execute(Database database) throws CustomChangeException {
        long start = System.nanoTime();
        try {
            changed = OrderLineCopies.resync(((JdbcConnection) database.getConnection()).getUnderlyingConnection(),
                    true);
        } catch (SQLException | RuntimeException e) {
            throw new CustomChangeException("copying the order status onto the order lines failed", e);
        }
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public String getConfirmationMessage() {
        return "order status and date copied onto %d order lines in %d ms".formatted(changed, millis);
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // nothing to read
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
