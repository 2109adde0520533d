package id.orderan.customer;

import java.sql.SQLException;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase {@code customChange}: fills {@code customer_word} for customers inserted by SQL (existing
 * shops upgrading, the demo data). Public only because Liquibase instantiates it by name.
 */
public class CustomerWordsRebuild implements CustomTaskChange {

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            CustomerWords.rebuild(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("building the customer search words failed", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "customer search words rebuilt";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // not used
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
