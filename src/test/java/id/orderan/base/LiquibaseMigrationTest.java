package id.orderan.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The changelogs build the whole schema on an empty MariaDB database, demo data included. */
class LiquibaseMigrationTest extends IntegrationTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void the_changelogs_migrate_an_empty_database_with_every_list_order_index() throws Exception {
        String schema = "orderan_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(serverUrl, username, password)) {
            admin.createStatement().execute("CREATE DATABASE " + schema);
            try {
                String schemaUrl = serverUrl + schema;
                migrate(schemaUrl, "default");
                var jdbc = new JdbcTemplate(new DriverManagerDataSource(schemaUrl, username, password));

                List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = ? ORDER BY table_name", String.class, schema);
                assertThat(tables).contains("app_user", "customer", "product", "sales_order", "order_line",
                        "order_status_change", "order_number_counter", "payment", "payment_confirmation",
                        "shipment", "follow_up");
                List<String> indexes = jdbc.queryForList("SELECT DISTINCT index_name FROM information_schema.statistics "
                        + "WHERE table_schema = ?", String.class, schema);
                assertThat(indexes).contains("ix_sales_order_status_created", "ix_sales_order_source_created",
                        "ix_sales_order_category_created", "uk_sales_order_number", "ix_sales_order_phone",
                        "ix_shipment_resi", "ix_sales_order_source_status", "ix_sales_order_category_status");
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class))
                        .as("no demo data without the demo context").isZero();

                migrate(schemaUrl, "default,demo");
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Integer.class)).isBetween(250, 350);
                assertThat(jdbc.queryForList("SELECT DISTINCT status FROM sales_order", String.class)).hasSize(8);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order WHERE grand_total <> "
                        + "subtotal - discount + shipping_cost + insurance + other_fee + unique_code", Integer.class))
                        .as("demo totals add up").isZero();
                assertThat(jdbc.queryForList("SELECT CONCAT(customer_id, status, order_count) FROM order_buyer_count"
                        + " WHERE order_count > 0 ORDER BY 1", String.class))
                        .as("the demo orders' per-buyer counters (order-912)")
                        .isEqualTo(jdbc.queryForList("SELECT CONCAT(customer_id, status, COUNT(*)) FROM sales_order"
                                + " GROUP BY customer_id, status ORDER BY 1", String.class))
                        .isNotEmpty();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product p WHERE NOT EXISTS (SELECT 1 FROM"
                        + " stock_movement m WHERE m.product_id = p.id AND m.reason = 'STOK_MASUK'"
                        + " AND m.stock_after = p.stock)", Integer.class))
                        .as("every demo product's history opens with its stock").isZero();
            } finally {
                admin.createStatement().execute("DROP DATABASE " + schema);
            }
        }
    }

    private void migrate(String schemaUrl, String contexts) throws Exception {
        Connection connection = DriverManager.getConnection(schemaUrl, username, password); // closed by Liquibase
        var database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (var liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
                new ClassLoaderResourceAccessor(), database)) {
            liquibase.update(contexts);
        }
    }
}
