package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.customer.CustomerCategory;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.OrderCursor;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderPage;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSort;
import id.orderan.order.OrderStatus;
import id.orderan.order.ui.ListOrderMemoryProbe;
import id.orderan.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The List Order benchmark at a million orders: a plain warm-up + N iterations harness calling the
 * real service methods, p50/p95 per scenario, written to {@code docs/benchmarks.md}. Not part of
 * {@code ./mvnw verify}; run with {@code ./mvnw -Pbench verify} (see README). The data comes from
 * {@link BenchmarkDataSet}, kept under {@code data/bench-mariadb} (other sizes: {@code data/bench-mariadb-N})
 * and reused while its size matches.
 */
@BenchmarkTest
class ListOrderBenchmark {

    private static final int WARMUP = 20;
    private static final int ITERATIONS = 100;

    @Autowired
    OrderQueryService queries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    private final List<String> report = new ArrayList<>();

    /** The 1-minute load average before and after the measurements: above 2 (the cores) figures are indicative. */
    private String load = "";

    record Stats(double p50, double p95, double max) {}

    @Test
    void list_order_at_a_million_orders() throws Exception {
        int orders = BenchmarkDataSet.orders();
        String generation = BenchmarkDataSet.generation();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sales_order", Long.class)).isEqualTo(orders);

        String loadBefore = loadAverage();
        TestData.asAdmin(() -> {
            measureAll();
            return null;
        });
        load = loadBefore + " → " + loadAverage();
        long perUi = ListOrderMemoryProbe.retainedBytesPerUi(context, 200);
        write(orders, generation, perUi);
    }

    private void measureAll() {
        OrderFilter semua = OrderFilter.all().withStatuses(OrderStatus.ACTIVE_FLOW);
        OrderSort newest = OrderSort.newestFirst();
        row("| **Pages (50 rows)** | | | | |");
        measure("first page, tab Semua", () -> queries.page(semua, newest, 0, 50), 20);
        for (OrderStatus status : OrderStatus.ACTIVE_FLOW) {
            measure("first page, tab " + status, () -> queries.page(OrderFilter.all().withStatuses(Set.of(status)),
                    newest, 0, 50), 20);
        }
        measure("first page, Order Cancel", () -> queries.page(OrderFilter.all().withStatuses(Set.of(OrderStatus.CANCEL)),
                newest, 0, 50), 20);
        measure("page at row 5,000 (offset), tab Semua", () -> queries.page(semua, newest, 5_000, 50), 20);
        OrderCursor at5000 = queries.page(semua, newest, 4_950, 50).next();
        measure("page after row 5,000 (keyset, as when scrolling)", () -> queries.pageAfter(semua, at5000, 50), 20);
        measure("first page, tab Semua, Reseller + Agen",
                () -> queries.page(semua.withCategories(Set.of(CustomerCategory.RESELLER, CustomerCategory.AGEN)),
                        newest, 0, 50), 20);
        measure("first page, tab Belum Bayar, source Form",
                () -> queries.page(OrderFilter.all().withStatuses(Set.of(OrderStatus.BELUM_BAYAR))
                        .withSources(Set.of(id.orderan.order.OrderSource.FORM)), newest, 0, 50), 20);
        // half the unpaid orders have had a reminder (idempotent: only orders without one get it)
        jdbc.update("""
                INSERT INTO follow_up (order_id, channel, stage, message, state, sent_by, sent_at)
                SELECT o.id, 'WHATSAPP', 'FU_1', 'bench', 'SENT', 'cs', o.created_at FROM sales_order o
                WHERE o.status IN ('BELUM_BAYAR', 'DOWN_PAYMENT') AND o.id % 2 = 0
                  AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.order_id = o.id)""");
        OrderFilter notFollowedUp = OrderFilter.all().withNotFollowedUpOnly(true);
        measure("first page, tab Belum Bayar, Belum di-follow up",
                () -> queries.page(notFollowedUp.withStatuses(Set.of(OrderStatus.BELUM_BAYAR)), newest, 0, 50), 20);
        measure("page at row 5,000 sorted by total (offset)",
                () -> queries.page(semua, new OrderSort(OrderSort.Field.GRAND_TOTAL, false), 5_000, 50), 20);
        int deep = (int) Math.min(500_000, queries.count(semua) / 2);
        measureFew("page at row %,d (offset; scrollbar dragged far)".formatted(deep),
                () -> queries.page(semua, newest, deep, 50));
        OrderCursor atDeep = queries.page(semua, newest, deep - 50, 50).next();
        measure("page after row %,d (keyset)".formatted(deep), () -> queries.pageAfter(semua, atDeep, 50), 20);
        // interleaved, so drift in the machine's load hits both sides alike
        double[] serviceMs = new double[ITERATIONS];
        double[] rawMs = new double[ITERATIONS];
        for (int i = 0; i < WARMUP + ITERATIONS; i++) {
            long a = System.nanoTime();
            queries.page(semua, newest, 0, 50);
            long b = System.nanoTime();
            rawFirstPage();
            long c = System.nanoTime();
            if (i >= WARMUP) {
                serviceMs[i - WARMUP] = (b - a) / 1e6;
                rawMs[i - WARMUP] = (c - b) / 1e6;
            }
        }
        Arrays.sort(serviceMs);
        Arrays.sort(rawMs);
        double ratio = serviceMs[ITERATIONS / 2] / rawMs[ITERATIONS / 2];
        row("| first page, tab Semua: service (interleaved with raw JDBC) | %.1f | %.1f | %.1f | — |"
                .formatted(serviceMs[ITERATIONS / 2], serviceMs[ITERATIONS * 95 / 100 - 1], serviceMs[ITERATIONS - 1]));
        row("| the same page as raw JDBC (same 2 statements) | %.1f | %.1f | %.1f | — |"
                .formatted(rawMs[ITERATIONS / 2], rawMs[ITERATIONS * 95 / 100 - 1], rawMs[ITERATIONS - 1]));
        row("| service ÷ raw JDBC (p50) | %.2f× | | | ≤ 1.5× %s |".formatted(ratio, ratio <= 1.5 ? "✅" : "❌"));

        row("| **Counts** | | | | |");
        measure("all tab counts, unfiltered (counters)", () -> queries.counts(OrderFilter.all()), 10);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        OrderFilter resellers30 = OrderFilter.all().withCategories(Set.of(CustomerCategory.RESELLER))
                .withDates(today.minusDays(29), today);
        measure("all tab counts, Reseller + last 30 days", () -> queries.counts(resellers30), 300);
        OrderFilter resellersYear = OrderFilter.all().withCategories(Set.of(CustomerCategory.RESELLER))
                .withDates(today.minusDays(364), today);
        measure("all tab counts, Reseller + last 365 days", () -> queries.counts(resellersYear), 300);
        measure("all tab counts, source Form (no date)",
                () -> queries.counts(OrderFilter.all().withSources(EnumSet.of(id.orderan.order.OrderSource.FORM))), 300);

        measure("all tab counts, Belum di-follow up", () -> queries.counts(notFollowedUp), 300);

        row("| **Search (page + all tab counts, as the screen does)** | | | | |");
        String orderNumber = jdbc.queryForObject("SELECT order_number FROM sales_order ORDER BY id DESC LIMIT 1 OFFSET 1234",
                String.class);
        String phone = PhoneNumber.display(jdbc.queryForObject(
                "SELECT customer_phone FROM sales_order ORDER BY id DESC LIMIT 1 OFFSET 777", String.class));
        String resi = jdbc.queryForObject("SELECT resi FROM shipment ORDER BY id DESC LIMIT 1 OFFSET 99", String.class);
        search("order number " + orderNumber, orderNumber, semua);
        search("order number prefix " + orderNumber.substring(0, 12), orderNumber.substring(0, 12), semua);
        search("phone, 08 form " + phone, phone, semua);
        search("name word \"Nasution\" (~2.5% of buyers)", "Nasution", semua);
        search("full name \"Siti Nasution\"", "Siti Nasution", semua);
        search("product name \"Rendang Sapi\"", "Rendang Sapi", semua);
        search("resi " + resi, resi, OrderFilter.all());
        search("email pembeli4242@", "pembeli4242@", semua);
    }

    private void search(String label, String term, OrderFilter base) {
        OrderFilter filter = base.withSearch(term);
        measure("search: " + label, () -> {
            queries.counts(filter);
            return queries.page(filter, OrderSort.newestFirst(), 0, 50);
        }, 50);
    }

    private OrderPage rawFirstPage() {
        try (Connection c = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.order_number, r.created_at, r.grand_total,"
                    + " r.status, r.source, r.customer_name, r.customer_category, r.customer_phone, r.status_reason"
                    + " FROM sales_order r JOIN (SELECT o.id FROM sales_order o WHERE o.status IN (?, ?, ?, ?, ?, ?)"
                    + " ORDER BY o.created_at DESC, o.id DESC LIMIT 50 OFFSET 0) page ON page.id = r.id"
                    + " ORDER BY r.created_at DESC, r.id DESC")) {
                int i = 1;
                for (OrderStatus status : OrderStatus.ACTIVE_FLOW) {
                    ps.setString(i++, status.name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        rs.getString(2);
                        rs.getTimestamp(3);
                        rs.getLong(4);
                        rs.getString(7);
                    }
                }
            }
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id, product_name, quantity FROM order_line"
                    + " WHERE order_id IN (" + in + ") ORDER BY order_id, line_no");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
            return new OrderPage(List.of(), null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Stats measure(String label, Supplier<?> action, double targetMs) {
        return record(label, action, WARMUP, ITERATIONS, targetMs);
    }

    private void measureFew(String label, Supplier<?> action) {
        record(label, action, 2, 10, Double.NaN);
    }

    private Stats record(String label, Supplier<?> action, int warmup, int iterations, double targetMs) {
        double[] t = BenchmarkReport.time(action::get, warmup, iterations);
        Stats stats = new Stats(t[0], t[1], t[2]);
        String target = Double.isNaN(targetMs) ? "—" : "p95 ≤ %.0f ms %s".formatted(targetMs,
                stats.p95() <= targetMs ? "✅" : "❌");
        row("| %s | %.1f | %.1f | %.1f | %s |".formatted(label, stats.p50(), stats.p95(), stats.max(), target));
        System.out.println("[bench] " + label + ": p50 " + stats.p50() + " ms, p95 " + stats.p95() + " ms");
        return stats;
    }

    private void row(String line) {
        report.add(line);
    }

    private void write(int orders, String generation, long perUi) throws IOException {
        String machine = "%d cores (%s), %s %s, JDK %s, MariaDB %s (embedded, buffer pool %s)".formatted(
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                jdbc.queryForObject("SELECT VERSION()", String.class),
                System.getProperty("orderan.bench.buffer-pool", "1G"));
        var text = new StringBuilder();
        text.append("## List Order at %,d orders\n\n".formatted(orders));
        text.append("Measured %s on %s.  \n".formatted(
                ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                machine));
        text.append("Load average (1 min) %s%s.  \n".formatted(load,
                load.matches(".*\\b([2-9]|\\d\\d+)\\.\\d+.*") ? ": a busy machine, figures indicative" : ""));
        text.append("Data: %s; %,d customers, %,d products.  \n".formatted(generation, BenchmarkData.CUSTOMERS,
                BenchmarkData.PRODUCTS));
        text.append(("Harness: `ListOrderBenchmark` (`./mvnw -Pbench verify -Dtest=ListOrderBenchmark%s`), data in `%s`,"
                + " real `OrderQueryService` calls as an").formatted(
                (orders == 1_000_000 ? "" : " -Dorderan.bench.orders=" + orders)
                        + ("1G".equals(System.getProperty("orderan.bench.buffer-pool", "1G")) ? ""
                                : " -Dorderan.bench.buffer-pool=" + System.getProperty("orderan.bench.buffer-pool")),
                BenchmarkDataDir.current()));
        text.append(" admin, %d warm-up + %d measured iterations per row (10 for the row-500,000 offset), times in ms.\n\n"
                .formatted(WARMUP, ITERATIONS));
        text.append("| scenario | p50 | p95 | max | target |\n| --- | ---: | ---: | ---: | --- |\n");
        report.forEach(line -> text.append(line).append('\n'));
        text.append("\n**Memory:** %,d KB retained heap per open List Order UI (200 UIs in one session, each with List"
                .formatted(perUi / 1024));
        text.append(" Order open and the grid's first 50 rows loaded; full GC before and after). Target ≤ 300 KB: %s\n"
                .formatted(perUi <= 300 * 1024 ? "✅" : "❌"));
        // one section per size, so the 10M table stands beside the 1M one (a placeholder in the file keeps its place)
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"),
                orders == 1_000_000 ? "list-order" : "list-order-" + orders, text.toString());
        System.out.println(text);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
