package id.orderan.warehouse;

import id.orderan.base.TransactionConfig;
import id.orderan.document.WarehouseDocuments;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Gudang home's queues and numbers, for every staff role; nothing in them is money but the COD
 * amount to collect.
 *
 * @see <a href="../../../../../../docs/decisions/0170-gudang-queues.md">0170</a>
 */
@Service
@Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC)
@PreAuthorize(Permissions.STAFF)
public class WarehouseQueueService {

    public static final int MAX_PAGE = 200;
    /** For a courier filter: the Sedang Diproses orders with no courier chosen yet. */
    public static final String NO_COURIER = WarehouseQueries.NO_COURIER;
    public static final int HANDOVER_WINDOW_DAYS = WarehouseQueries.HANDOVER_WINDOW_DAYS;

    private final WarehouseQueries queries;
    private final Clock clock;

    WarehouseQueueService(WarehouseQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public QueueCounts counts() {
        return queries.counts(clock.instant());
    }

    /** Siap dikemas, oldest first; {@code courier} a courier code, {@link #NO_COURIER}, or null for all. */
    public List<QueueOrder> readyToPack(@Nullable String courier, int offset, int limit) {
        return queries.readyToPack(courier, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    /** "All Siap dikemas for courier X", oldest first, at most what one picklist serves. */
    public List<String> readyToPackNumbers(@Nullable String courier) {
        return queries.readyToPackNumbers(courier, WarehouseDocuments.MAX_ORDERS);
    }

    public List<QueueOrder> packedAwaitingResi(int offset, int limit) {
        return queries.packedAwaitingResi(Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    public List<QueueOrder> readyToHandOver(int offset, int limit) {
        return queries.readyToHandOver(clock.instant(), Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }
}
