package id.orderan.warehouse;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the order's timeline shows of packing: packed (with how many units), or started over. Never changed. */
@Entity
@Table(name = "packing_event")
class PackingEvent extends AbstractEntity {

    enum Kind { PACKED, RESET }

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PackingEvent() {
        this(0, Kind.PACKED, 0, "", Instant.EPOCH);
    }

    PackingEvent(long orderId, Kind kind, int units, String actor, Instant recordedAt) {
        this.orderId = orderId;
        this.kind = kind;
        this.units = units;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    Kind getKind() {
        return kind;
    }

    int getUnits() {
        return units;
    }

    String getActor() {
        return actor;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
