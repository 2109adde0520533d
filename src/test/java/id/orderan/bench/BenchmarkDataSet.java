package id.orderan.bench;

import id.orderan.customer.CustomerService;
import id.orderan.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one step that makes the benchmark shop ready before the first benchmark class runs, whichever
 * class JUnit picks first (Jupiter's default class order is deterministic but not alphabetical, so a
 * class must never rely on another having run): registered by {@link BenchmarkTest} after Spring's
 * extension, it runs once per test JVM, reuses the size's data dir ({@code data/bench-mariadb} for the
 * default million, {@code data/bench-mariadb-N} otherwise: {@link BenchmarkDataDir}) when it holds exactly the
 * shop for {@code -Dorderan.bench.orders=N} (default 1,000,000), and otherwise generates it with
 * {@link BenchmarkData}, fixes the status counters and rebuilds the customers' search words.
 */
final class BenchmarkDataSet implements BeforeAllCallback {

    /** Next to the data dir of this size: {@code data/bench-mariadb-generation.txt} for the default million. */
    static final Path GENERATION_NOTE = Path.of(BenchmarkDataDir.current() + "-generation.txt");

    /** How the data of this run came to be, for the reports; null until {@link #beforeAll} ran. */
    private static volatile String generation;

    private static volatile String searchWords = "search words reused";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        prepare(SpringExtension.getApplicationContext(context));
    }

    static int orders() {
        return Integer.getInteger("orderan.bench.orders", 1_000_000);
    }

    /** "generated in 145 s (…)" on the run that made the data, with ", reused" appended on later runs. */
    static String generation() {
        String text = generation;
        if (text == null) {
            throw new IllegalStateException("BenchmarkDataSet did not run: annotate the class with @BenchmarkTest");
        }
        return text;
    }

    private static synchronized void prepare(ApplicationContext spring) throws Exception {
        if (generation != null) {
            return;
        }
        int orders = orders();
        JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
        forgetImports(jdbc); // an interrupted ImportBenchmark must not make the shop look like the wrong size
        if (matches(jdbc, orders)) {
            generation = (Files.exists(GENERATION_NOTE) ? Files.readString(GENERATION_NOTE).strip()
                    : "%,d orders".formatted(orders)) + ", reused";
            System.out.printf("[bench] reusing %s: %,d orders%n", BenchmarkDataDir.current(), orders);
        } else {
            generation = generate(spring, jdbc, orders);
        }
        if (count(jdbc, "SELECT COUNT(*) FROM customer_word") == 0) {
            long start = System.nanoTime();
            TestData.asAdmin(() -> {
                spring.getBean(CustomerService.class).rebuildSearchWords(); // the generator inserts customers by SQL
                return null;
            });
            searchWords = "search words of %,d customers rebuilt in %.1f s".formatted(BenchmarkData.CUSTOMERS,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** For the customer report: how long rebuilding the search words took, or that they were reused. */
    static String searchWords() {
        return searchWords;
    }

    /** The shop for N orders, completely generated (the order-number counters are written last but one). */
    private static boolean matches(JdbcTemplate jdbc, int orders) {
        return count(jdbc, "SELECT COUNT(*) FROM sales_order") == orders
                && count(jdbc, "SELECT COUNT(*) FROM customer") == BenchmarkData.CUSTOMERS
                && count(jdbc, "SELECT COUNT(*) FROM product") == BenchmarkData.PRODUCTS
                && count(jdbc, "SELECT COUNT(*) FROM order_number_counter") > 0;
    }

    private static String generate(ApplicationContext spring, JdbcTemplate jdbc, int orders) throws Exception {
        System.out.printf("[bench] generating %,d orders into %s (about 2½ minutes per million)%n",
                orders, BenchmarkDataDir.current());
        long start = System.nanoTime();
        // counters and buyer tokens included: at ten million orders the application's repair (a resync of 25
        // million lines) and Liquibase's token fill (storefront-900) would each add minutes
        BenchmarkData.generate(spring.getBean(DataSource.class), orders);
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = "generated in %.0f s (%,.0f orders/s; with %,d order lines, shipments and audit rows)"
                .formatted(seconds, orders / seconds, count(jdbc, "SELECT COUNT(*) FROM order_line"));
        writeNote(text);
        System.out.println("[bench] " + text);
        return text;
    }

    private static void writeNote(String text) throws IOException {
        Files.createDirectories(GENERATION_NOTE.getParent());
        Files.writeString(GENERATION_NOTE, text);
    }

    /** What {@link ImportBenchmark} adds and removes again after each test. */
    static void forgetImports(JdbcTemplate jdbc) {
        jdbc.update("DELETE w FROM customer_word w JOIN customer c ON c.id = w.customer_id WHERE c.phone LIKE '"
                + ImportBenchmark.CUSTOMER_PHONE_PREFIX + "%'");
        jdbc.update("DELETE FROM customer WHERE phone LIKE '" + ImportBenchmark.CUSTOMER_PHONE_PREFIX + "%'");
        jdbc.update("DELETE m FROM stock_movement m JOIN product p ON p.id = m.product_id WHERE p.sku LIKE '"
                + ImportBenchmark.PRODUCT_PREFIX + "%'");
        jdbc.update("DELETE FROM product WHERE sku LIKE '" + ImportBenchmark.PRODUCT_PREFIX + "%'");
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
