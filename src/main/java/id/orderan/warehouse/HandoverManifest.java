package id.orderan.warehouse;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One courier pickup (serah terima): parcels are scanned in while it is OPEN; CLOSED once the driver
 * signed. {@code openCourier} repeats the courier code only while OPEN: its unique index keeps one open
 * manifest per courier (decision 0180).
 */
@Entity
@Table(name = "handover_manifest")
class HandoverManifest extends AbstractEntity {

    @Column(name = "manifest_number", nullable = false, length = 30)
    private String number;

    /** The courier's code (the courier list's key), never an enum name chosen here. */
    @Column(nullable = false, length = 30)
    private String courier;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ManifestState state = ManifestState.OPEN;

    @Column(name = "open_courier", length = 30)
    private @Nullable String openCourier;

    @Column(name = "parcel_count", nullable = false)
    private int parcelCount;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 60)
    private @Nullable String closedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "driver_name", length = 60)
    private @Nullable String driverName;

    @Version
    private long version;

    protected HandoverManifest() {
        this("", "", "", Instant.EPOCH);
    }

    HandoverManifest(String number, String courier, String openedBy, Instant openedAt) {
        this.number = number;
        this.courier = courier;
        this.openCourier = courier;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void parcelAdded() {
        parcelCount++;
    }

    void parcelRemoved() {
        parcelCount = Math.max(0, parcelCount - 1);
    }

    void close(String by, Instant at, @Nullable String driver) {
        state = ManifestState.CLOSED;
        openCourier = null;
        closedBy = by;
        closedAt = at;
        driverName = driver;
    }

    boolean isOpen() {
        return state == ManifestState.OPEN;
    }

    String getNumber() {
        return number;
    }

    String getCourier() {
        return courier;
    }

    ManifestState getState() {
        return state;
    }

    int getParcelCount() {
        return parcelCount;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    @Nullable String getClosedBy() {
        return closedBy;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Nullable String getDriverName() {
        return driverName;
    }

    long getVersion() {
        return version;
    }
}
