package id.orderan.warehouse;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One order being packed at the station: the units scanned per SKU (upper case) and, once every unit was
 * scanned, who packed it and when. A change of the scanned units bumps {@link #version} (the map is owned
 * by this row), so two tablets scanning the same order at the same moment cannot both count.
 *
 * @see <a href="../../../../../../docs/decisions/0165-scan-to-pack-progress-per-order.md">0165 progress per order</a>
 */
@Entity
@Table(name = "order_packing")
class Packing extends AbstractEntity {

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "packed_by", length = 60)
    private @Nullable String packedBy;

    @Column(name = "packed_at")
    private @Nullable Instant packedAt;

    /** The id of the last scan request counted: the same request sent again is not counted twice. */
    @Column(name = "last_scan_id", length = 40)
    private @Nullable String lastScanId;

    @ElementCollection
    @CollectionTable(name = "order_packing_item", joinColumns = @JoinColumn(name = "packing_id"))
    @MapKeyColumn(name = "sku", length = 40)
    @Column(name = "scanned", nullable = false)
    private Map<String, Integer> scanned = new HashMap<>();

    @Version
    private long version;

    protected Packing() {
        this(0, "", Instant.EPOCH);
    }

    Packing(long orderId, String startedBy, Instant startedAt) {
        this.orderId = orderId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    int scanned(String sku) {
        return scanned.getOrDefault(sku, 0);
    }

    Map<String, Integer> scanned() {
        return Map.copyOf(scanned);
    }

    void tick(String sku, String scanId) {
        scanned.merge(sku, 1, Integer::sum);
        lastScanId = scanId;
    }

    void packed(String actor, Instant now) {
        packedBy = actor;
        packedAt = now;
    }

    /** Start over: nothing scanned, not packed; the new first scan's person and time start it again. */
    void startOver(String actor, Instant now) {
        scanned.clear();
        packedBy = null;
        packedAt = null;
        lastScanId = null;
        startedBy = actor;
        startedAt = now;
    }

    boolean isPacked() {
        return packedAt != null;
    }

    long getOrderId() {
        return orderId;
    }

    @Nullable String getPackedBy() {
        return packedBy;
    }

    @Nullable Instant getPackedAt() {
        return packedAt;
    }

    @Nullable String getLastScanId() {
        return lastScanId;
    }

    long getVersion() {
        return version;
    }
}
