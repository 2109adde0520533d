package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.security.Permissions;
import id.orderan.shipping.DuplicateResiException;
import id.orderan.shipping.Shipment;
import id.orderan.shipping.ShippingService;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk resi (issue 14 §4): a list of order, kurir, resi — pasted, or a CSV/XLSX file from a courier's
 * booking tool — is checked as a whole ({@link #preview}), then its valid rows are applied one by one
 * ({@link #apply}), each through {@link ShippingService#enterResi} in its own transaction, so each order
 * moves to Proses Pengiriman with its timeline entry or stays exactly as it was. Checking reads the
 * orders, shipments and resi of the whole list in a few queries; applying checks the list again first,
 * because orders move between the preview and the click. A second click, or the same file uploaded
 * again, finds its orders in Proses Pengiriman with the same resi and skips them as done.
 *
 * <p>Anyone at the station may check a list; applying it is resi entry, for ADMIN and GUDANG (as in the
 * shipping service). The file's ongkir is never applied; only ADMIN and CS see it (decision 0176).
 *
 * @see <a href="../../../../../../docs/decisions/0175-bulk-resi-rows-and-statuses.md">0175 bulk resi rows</a>
 * @see <a href="../../../../../../docs/decisions/0176-bulk-resi-leaves-ongkir-alone.md">0176 ongkir</a>
 * @see <a href="../../../../../../docs/decisions/0177-bulk-resi-one-transaction-per-row.md">0177 one row, one change</a>
 */
@Service
@PreAuthorize(Permissions.STAFF)
public class BulkResiService {

    /** 1 MB and 2,000 rows: four days of parcels for a seller shipping 500 a day, in one list. */
    public static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 2_000);

    /**
     * Rows applied at once: each row is a handful of short statements and a commit, so two connections
     * overlap one row's commit with the next row's reads (decision 0177).
     */
    static final int WORKERS = 3;

    private static final Logger log = LoggerFactory.getLogger(BulkResiService.class);

    private final OrderQueryService orders;
    private final ShippingService shipping;
    private final CourierService couriers;
    private final Permissions permissions;
    private final BulkResiWriter writer;

    BulkResiService(OrderQueryService orders, ShippingService shipping, CourierService couriers,
            Permissions permissions, BulkResiWriter writer) {
        this.orders = orders;
        this.shipping = shipping;
        this.couriers = couriers;
        this.permissions = permissions;
        this.writer = writer;
    }

    /** Checks pasted lines (tab, semicolon or comma separated; an optional header row). Changes nothing. */
    @Transactional(readOnly = true)
    public BulkResiPreview preview(String pasted) {
        return check(BulkResiParser.text(pasted, LIMITS));
    }

    /** Checks an uploaded file: XLSX (recognised by its content), else CSV or text in UTF-8. Changes nothing. */
    @Transactional(readOnly = true)
    public BulkResiPreview previewFile(byte[] content) {
        if (content.length > LIMITS.maxBytes()) {
            throw new BusinessException("error.import.too-large", LIMITS.maxBytes() / (1024 * 1024));
        }
        if (isZip(content)) {
            return check(BulkResiParser.lines(BulkResiXlsx.read(content, LIMITS), LIMITS));
        }
        return check(BulkResiParser.text(utf8(content), LIMITS));
    }

    /**
     * Applies the rows that are still valid, each on its own; returns what was applied, skipped as done
     * and refused (with reasons). Not one transaction: a refused row changes nothing and others stand.
     */
    @PreAuthorize(Permissions.SHIPS)
    public BulkResiSummary apply(BulkResiPreview checked, ProgressListener progress) {
        BulkResiPreview now = check(checked.lines());
        int total = now.rows().size();
        var position = new AtomicInteger();
        var applied = new AtomicInteger();
        var done = new AtomicInteger();
        var refused = new ConcurrentLinkedQueue<BulkResiRow>();
        List<BulkResiRow> toApply = new ArrayList<>();
        for (BulkResiRow row : now.rows()) {
            switch (row.status()) {
                case OK -> toApply.add(row);
                case DONE -> {
                    done.incrementAndGet();
                    progress.progress(position.incrementAndGet(), total);
                }
                default -> {
                    refused.add(row);
                    progress.progress(position.incrementAndGet(), total);
                }
            }
        }
        var next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < toApply.size(); i = next.getAndIncrement()) {
                BulkResiRow row = toApply.get(i);
                BulkResiRow refusal = applyRow(row, applied, done);
                if (refusal != null) {
                    refused.add(refusal);
                }
                progress.progress(position.incrementAndGet(), total);
            }
        };
        inParallel(worker, Math.min(WORKERS, Math.max(1, toApply.size())));
        List<BulkResiRow> refusedRows = refused.stream().sorted(Comparator.comparingInt(BulkResiRow::row)).toList();
        log.info("Bulk resi: {} applied, {} already done, {} refused", applied.get(), done.get(), refusedRows.size());
        return new BulkResiSummary(applied.get(), done.get(), refusedRows, now.money());
    }

    /** One row in its own transaction; the refusal to report, or null when it went through (or was done). */
    private @Nullable BulkResiRow applyRow(BulkResiRow row, AtomicInteger applied, AtomicInteger done) {
        try {
            if (writer.apply(row) == BulkResiWriter.Outcome.APPLIED) {
                applied.incrementAndGet();
            } else {
                done.incrementAndGet();
            }
            return null;
        } catch (DuplicateResiException e) {
            return row.with(BulkResiStatus.DUPLICATE_RESI, e.messageKey(), e.args());
        } catch (BusinessException e) {
            return row.with(BulkResiStatus.FAILED, e.messageKey(), e.args());
        } catch (ConcurrencyFailureException e) {
            log.info("Bulk resi row {} ({}) met a concurrent change", row.row(), row.orderNumber());
            return row.with(BulkResiStatus.FAILED, "error.concurrent-change");
        } catch (RuntimeException e) {
            log.error("Bulk resi row {} ({}) failed", row.row(), row.orderNumber(), e);
            return row.with(BulkResiStatus.FAILED, "error.unexpected");
        }
    }

    /**
     * Runs the worker on {@code threads} threads as the calling user and waits for all of them. The rows
     * that apply touch different orders and different resi (the check refuses repeats), so they do not
     * wait for each other except on the status counters, whose slots are made for that.
     */
    private static void inParallel(Runnable worker, int threads) {
        SecurityContext context = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "orderan-bulk-resi");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(new DelegatingSecurityContextRunnable(worker, context)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk resi interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bulk resi worker failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private BulkResiPreview check(List<BulkResiLine> lines) {
        List<String> numbers = lines.stream().map(line -> BulkResiChecks.orderNumber(line.order()))
                .filter(number -> !number.isEmpty()).distinct().toList();
        Map<String, OrderSheet> found = new HashMap<>();
        orders.sheetsFound(numbers).forEach(sheet -> found.put(sheet.orderNumber(), sheet));
        List<Long> shipped = found.values().stream().filter(sheet -> sheet.status() == OrderStatus.PROSES_PENGIRIMAN)
                .map(OrderSheet::id).toList();
        Map<Long, String> latestResi = new HashMap<>();
        if (!shipped.isEmpty()) {
            for (Map.Entry<Long, Shipment> latest : shipping.latestShipments(shipped).entrySet()) {
                if (latest.getValue().getResi() != null) {
                    latestResi.put(latest.getKey(), latest.getValue().getResi());
                }
            }
        }
        List<String> resis = lines.stream().map(line -> BulkResiChecks.resi(line.resi()))
                .filter(resi -> !resi.isEmpty() && resi.length() <= 40).distinct().toList();
        Map<String, java.util.Set<Long>> byResi = resis.isEmpty() ? Map.of() : shipping.ordersByResi(resis);
        // a courier list kept in a table must not be asked once per row: each distinct text once
        Map<String, Optional<Courier>> matched = new HashMap<>();
        Map<String, Optional<Courier>> byCode = new HashMap<>();
        boolean money = permissions.maySeeMoney();
        var known = new BulkResiChecks.Known(found, latestResi, byResi,
                text -> matched.computeIfAbsent(text, couriers::match),
                code -> byCode.computeIfAbsent(code, couriers::find), money);
        return new BulkResiPreview(lines, BulkResiChecks.check(lines, known), money);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("error.import.not-utf8");
        }
    }
}
