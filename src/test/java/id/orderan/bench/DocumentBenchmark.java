package id.orderan.bench;

import id.orderan.document.DocumentService;
import id.orderan.document.LabelFormat;
import id.orderan.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invoices and labels through the real {@link DocumentService} (database fetch included), and the
 * same invoice HTML printed by headless Chromium, one process per document, as users would otherwise.
 */
@BenchmarkTest
class DocumentBenchmark {

    @Autowired
    DocumentService documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void invoices_and_labels_against_headless_chromium() throws Exception {
        List<String> numbers = jdbc.queryForList(
                "SELECT order_number FROM sales_order ORDER BY id DESC LIMIT 100", String.class);
        String one = numbers.get(7);
        double[] invoice = BenchmarkReport.time(() -> TestData.asAdmin(() -> documents.invoice(one, null, Locale.ROOT)),
                20, 200);
        double[] label = BenchmarkReport.time(() -> TestData.asAdmin(() -> documents.labels(List.of(one),
                LabelFormat.THERMAL_100X150, Locale.ROOT)), 20, 200);
        double[] hundred = BenchmarkReport.time(() -> TestData.asAdmin(() -> documents.labels(numbers,
                LabelFormat.THERMAL_100X150, Locale.ROOT)), 3, 20);
        double[] chromium = chromium(one);

        String section = """
                ## Invoices and labels (PDF)

                Measured %s; Flying Saucer 10.3 with the embedded DejaVu font, through `DocumentService` (database
                fetch and timeline entry included). Times in ms.

                | document | p50 | p95 | max | target |
                | --- | ---: | ---: | ---: | --- |
                | invoice (A4) | %.1f | %.1f | %.1f | p50 ≤ 30 ms %s |
                | one label (100×150 mm) | %.1f | %.1f | %.1f | — |
                | 100 labels in one PDF | %.0f | %.0f | %.0f | ≤ 1000 ms %s |
                | the same invoice HTML, headless Chromium `--print-to-pdf` (one process per document) | %.0f | %.0f | %.0f | — |

                Chromium ÷ Flying Saucer per invoice (p50): **%.0f×** (target ≥ 20×).
                """.formatted(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                invoice[0], invoice[1], invoice[2], invoice[0] <= 30 ? "✅" : "❌", label[0], label[1], label[2],
                hundred[0], hundred[1], hundred[2], hundred[1] <= 1000 ? "✅" : "❌", chromium[0], chromium[1],
                chromium[2], chromium[0] / invoice[0]);
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "documents", section);
        System.out.println(section);
    }

    /** The same invoice page (the XHTML the PDF comes from, fonts and barcode included), printed by Chromium. */
    private double[] chromium(String orderNumber) throws Exception {
        Path dir = Files.createTempDirectory("orderan-chromium");
        Path html = dir.resolve("invoice.xhtml");
        Files.writeString(html, TestData.asAdmin(() -> documents.invoiceXhtml(orderNumber, Locale.ROOT)));
        return BenchmarkReport.time(() -> {
            try {
                Process process = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox",
                        "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--no-pdf-header-footer",
                        "--print-to-pdf=" + dir.resolve("out.pdf"), html.toUri().toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 2, 10);
    }
}
