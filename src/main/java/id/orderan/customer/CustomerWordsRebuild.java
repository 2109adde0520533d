package id.orderan.customer;

import id.orderan.base.JdbcDataTask;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Liquibase {@code customChange}: fills {@code customer_word} for customers inserted by SQL (existing
 * shops upgrading, the demo data). Public only because Liquibase instantiates it by name.
 */
public class CustomerWordsRebuild extends JdbcDataTask {

    @Override
    protected void run(Connection connection) throws SQLException {
        CustomerWords.rebuild(connection);
    }

    @Override
    protected String failure() {
        return "building the customer search words failed";
    }

    @Override
    public String getConfirmationMessage() {
        return "customer search words rebuilt";
    }
}
