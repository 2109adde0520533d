package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.JakartaTime;
import id.orderan.base.dataio.ExportFiles;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.ExportSource;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderSort;
import id.orderan.support.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ekspor of 100,000 orders of List Order (a date range holding the newest 100,000 orders, every
 * status) to XLSX and CSV through the same path as the Ekspor dialog (a temporary file), as a CS
 * user. Two runs per format: one timed without interference; one for memory, with a full GC every
 * 10,000 rows so that the live heap is measured exactly during the export (the heap used right
 * after each GC, minus the heap used after a GC before starting). The peak of used heap including
 * not-yet-collected garbage is reported too, sampled every 5 ms, but it mostly shows how lazily the
 * collector runs with {@code -Xmx2g}, not what the export keeps. With fewer than 200,000 orders in the
 * data set (a quick run) it exports the newest half of them.
 */
@BenchmarkTest
class ExportBenchmark {

    private static final int TARGET_ROWS = 100_000;
    private static final long TARGET_BYTES = 64L * 1024 * 1024;

    @Autowired
    OrderExportService exports;

    @Autowired
    JdbcTemplate jdbc;

    record Run(double seconds, long rows, long fileBytes, long liveGrowth, long peakUsedGrowth, long retainedAfter) {}

    @Test
    void exporting_a_hundred_thousand_orders() throws Exception {
        int orders = BenchmarkDataSet.orders();
        // a quick run with a small data set (-Dorderan.bench.orders=20000) exports the newest half instead
        int rows = Math.min(TARGET_ROWS, orders / 2);
        LocalDateTime boundary = jdbc.queryForObject("SELECT created_at FROM sales_order ORDER BY created_at DESC"
                + " LIMIT 1 OFFSET " + (rows - 1), LocalDateTime.class);
        LocalDate from = boundary.atOffset(ZoneOffset.UTC).atZoneSameInstant(JakartaTime.ZONE).toLocalDate();
        OrderFilter view = OrderFilter.all().withDates(from, null);
        long expected = TestData.as("cs", "CS", () -> exports.expectedRows(view));

        TestData.as("cs", "CS", () -> run(view, ExportFormat.XLSX, false)); // warm-up: classes, JIT, plans
        Run xlsxTime = TestData.as("cs", "CS", () -> run(view, ExportFormat.XLSX, false));
        Run xlsxMemory = TestData.as("cs", "CS", () -> run(view, ExportFormat.XLSX, true));
        Run csvTime = TestData.as("cs", "CS", () -> run(view, ExportFormat.CSV, false));
        Run csvMemory = TestData.as("cs", "CS", () -> run(view, ExportFormat.CSV, true));

        assertThat(xlsxTime.rows()).isEqualTo(expected);
        assertThat(csvTime.rows()).isEqualTo(expected);
        write(orders, from, expected, xlsxTime, xlsxMemory, csvTime, csvMemory);
        assertThat(xlsxMemory.liveGrowth()).as("live heap growth exporting XLSX").isLessThanOrEqualTo(TARGET_BYTES);
    }

    private Run run(OrderFilter view, ExportFormat format, boolean measureMemory) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        fullGc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong maxLive = new AtomicLong(baseline);
        AtomicLong peakUsed = new AtomicLong(baseline);
        AtomicLong lastGcAt = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        ProgressListener progress = (done, total) -> {
            if (measureMemory && done - lastGcAt.get() >= 10_000) {
                lastGcAt.set(done);
                fullGc();
                maxLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        };
        ExportSource source = new ExportSource() {
            @Override
            public String fileName() {
                return "benchmark";
            }

            @Override
            public String sheetName() {
                return "Order";
            }

            @Override
            public long expectedRows() {
                return exports.expectedRows(view);
            }

            @Override
            public void write(TableWriter writer, ProgressListener listener) throws IOException {
                exports.export(view, OrderSort.newestFirst(), Locale.forLanguageTag("id-ID"), writer, listener);
            }
        };
        long start = System.nanoTime();
        Path file;
        try {
            file = ExportFiles.write(source, format, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        try {
            fullGc();
            long retained = memory.getHeapMemoryUsage().getUsed() - baseline;
            long rows = format == ExportFormat.XLSX ? xlsxRows(file) : csvRows(file);
            return new Run(seconds, rows, Files.size(file), maxLive.get() - baseline, peakUsed.get() - baseline,
                    retained);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    private static void fullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** Data rows in the sheet, counted by streaming the XML (no workbook in memory). */
    private static long xlsxRows(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            try (InputStream in = zip.getInputStream(sheet)) {
                return count(in, "<row ") - 1;
            }
        }
    }

    private static long csvRows(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return count(in, "\r\n") - 1; // no line breaks inside the generated values
        }
    }

    private static long count(InputStream in, String needle) throws IOException {
        byte[] pattern = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long count = 0;
        int matched = 0;
        var buffered = new java.io.BufferedInputStream(in, 1 << 16);
        for (int b; (b = buffered.read()) != -1; ) {
            if (b == pattern[matched]) {
                if (++matched == pattern.length) {
                    count++;
                    matched = 0;
                }
            } else {
                matched = b == pattern[0] ? 1 : 0;
            }
        }
        return count;
    }

    private void write(int orders, LocalDate from, long expected, Run xlsxTime, Run xlsxMemory, Run csvTime,
            Run csvMemory) throws IOException {
        String body = """
                ## Export (List Order → XLSX / CSV)

                %,d orders in the database; the view is every order from %s (Jakarta) onwards: **%,d rows**, newest
                first, exported as a CS user through the Ekspor dialog's path (keyset pages of 1,000 rows, each with
                one query for its lines and one for its shipping details; POI SXSSF with a 100-row window; written to
                a temporary file). Heap: *live growth* = the most heap in use right after a full GC forced every
                10,000 rows during a second run, minus the heap in use after a full GC before it started (what the
                export keeps); *peak used* = the most heap in use sampled every 5 ms during the timed run, garbage
                included (mostly how lazily G1 collects with `-Xmx2g`); *retained* = after the export and a full GC.

                | format | duration | rows/s | file | live heap growth | peak used (incl. garbage) | retained after |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                %s
                %s

                Target: exporting 100,000 orders to XLSX with heap growth ≤ 64 MB: %s (live growth %,.1f MB).
                """.formatted(orders, from, expected, line("XLSX", xlsxTime, xlsxMemory), line("CSV", csvTime, csvMemory),
                expected < TARGET_ROWS ? "not measured, only %,d rows in this small data set".formatted(expected)
                        : xlsxMemory.liveGrowth() <= TARGET_BYTES ? "✅" : "❌", mb(xlsxMemory.liveGrowth()));
        BenchmarkReport.replaceSection(Path.of("docs/benchmarks.md"), "export", body);
        System.out.println(body);
    }

    private static String line(String format, Run time, Run memory) {
        return "| %s | %.1f s | %,.0f | %,.1f MB | %,.1f MB | %,.1f MB | %,.1f MB |".formatted(format, time.seconds(),
                time.rows() / time.seconds(), mb(time.fileBytes()), mb(memory.liveGrowth()), mb(time.peakUsedGrowth()),
                mb(memory.retainedAfter()));
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
