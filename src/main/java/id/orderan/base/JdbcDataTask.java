package id.orderan.base;

import java.sql.Connection;
import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase {@code customChange} that only needs the migration's JDBC connection: data loads that
 * plain SQL changesets cannot express (or not fast enough). Subclasses say what they do and do it;
 * they are public only because Liquibase instantiates them by name.
 */
public abstract class JdbcDataTask implements CustomTaskChange {

    /** Runs inside the changeset's transaction, on Liquibase's connection. */
    protected abstract void run(Connection connection) throws SQLException;

    /** What failed, for the migration error ("loading the area data failed"). */
    protected abstract String failure();

    @Override
    public final void execute(Database database) throws CustomChangeException {
        try {
            run(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException | RuntimeException e) {
            throw new CustomChangeException(failure(), e);
        }
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // resources are read from the class path
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
