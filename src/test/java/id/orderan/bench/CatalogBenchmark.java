package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.ProductFilter;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.ProductSort;
import id.orderan.support.TestData;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Produk search at the benchmark catalogue (2,000 products): what one refresh of the Produk grid
 * costs (a page of 50 and its count) for an SKU prefix, name words and the "stok menipis" filter, and
 * Tambah Order's product picker. Real {@link ProductService} calls; written to docs/benchmarks.md.
 */
@BenchmarkTest
class CatalogBenchmark {

    private static final int WARMUP = 50;
    private static final int ITERATIONS = 300;

    @Autowired
    ProductService products;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void product_search_at_two_thousand_products() throws Exception {
        ensureCatalogue();
        record Scenario(String name, ProductFilter filter) {}
        List<Scenario> scenarios = List.of(
                new Scenario("SKU prefix `P-012`", new ProductFilter("P-012", ProductFilter.Status.AKTIF, false)),
                new Scenario("one name word `kopi`", new ProductFilter("kopi", ProductFilter.Status.AKTIF, false)),
                new Scenario("two name words `kopi gay`", new ProductFilter("kopi gay", ProductFilter.Status.AKTIF, false)),
                new Scenario("short word `te` (LIKE fallback)", new ProductFilter("te", ProductFilter.Status.AKTIF, false)),
                new Scenario("filter stok menipis", new ProductFilter("", ProductFilter.Status.AKTIF, true)),
                new Scenario("stok menipis + word `madu`", new ProductFilter("madu", ProductFilter.Status.AKTIF, true)),
                new Scenario("no search, all products", new ProductFilter("", ProductFilter.Status.SEMUA, false)));
        List<String> rows = new ArrayList<>();
        List<Long> matchCounts = new ArrayList<>();
        String load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        boolean busy = Double.parseDouble(load) > Runtime.getRuntime().availableProcessors();
        for (Scenario scenario : scenarios) {
            long matches = TestData.asAdmin(() -> products.count(scenario.filter()));
            matchCounts.add(matches);
            double[] t = time(() -> {
                products.list(scenario.filter(), ProductSort.byName(), 0, 50);
                products.count(scenario.filter());
            });
            rows.add(row(scenario.name() + " (%,d matches)".formatted(matches), t));
        }
        double[] sortedByStock = time(() -> products.list(new ProductFilter("", ProductFilter.Status.AKTIF, false),
                new ProductSort(ProductSort.Field.STOCK, true), 1_000, 50));
        rows.add(row("page at row 1,000 sorted by stock, descending (page only)", sortedByStock));
        double[] picker = time(() -> products.search("kopi", 20));
        rows.add(row("Tambah Order product picker `kopi` (20 rows)", picker));

        String section = """
                ## Produk search (%,d products)

                Measured %s on %d cores (load average %s at the start), MariaDB %s. Real `ProductService`
                calls as an admin, %d warm-up + %d measured per row; "grid refresh" = a page of 50 rows plus its
                count, as the Produk grid asks. Times in ms.%s

                | scenario (grid refresh) | p50 | p95 | max | target |
                | --- | ---: | ---: | ---: | --- |
                %s
                """.formatted(jdbc.queryForObject("SELECT COUNT(*) FROM product", Long.class),
                ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                Runtime.getRuntime().availableProcessors(), load, jdbc.queryForObject("SELECT VERSION()", String.class),
                WARMUP, ITERATIONS, busy ? " The machine was busy (load above its cores): p95 and max include waiting"
                        + " for a core." : "", String.join("\n", rows));
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "catalog", section);
        System.out.println(section);
        assertThat(matchCounts.getFirst()).as("P-01200 … P-01299").isEqualTo(100);
        assertThat(matchCounts.get(4)).as("1 in 25 products is below its threshold").isPositive();
    }

    /** The shared benchmark data comes from {@link BenchmarkDataSet}, before any benchmark runs. */
    private void ensureCatalogue() {
        // a data set generated before thresholds existed: give 1 in 25 products a threshold above its stock
        if (jdbc.queryForList("SELECT 1 FROM product WHERE low_stock_threshold > 0 LIMIT 1", Integer.class).isEmpty()) {
            jdbc.update("UPDATE product SET low_stock_threshold = IF(id % 25 = 0, 1000, 10)");
        }
    }

    private static double[] time(Runnable action) {
        return BenchmarkReport.time(() -> TestData.asAdmin(() -> {
            action.run();
            return null;
        }), WARMUP, ITERATIONS);
    }

    private static String row(String name, double[] t) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | p95 ≤ 20 ms %s |", name, t[0], t[1], t[2],
                t[1] <= 20 ? "✅" : "❌");
    }
}
