package id.orderan.warehouse;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A parcel scanned into a manifest. An order is in at most one manifest (unique order_id). The order
 * number, resi and city are kept as scanned, so a reprint prints the same paper (decision 0180).
 */
@Entity
@Table(name = "handover_parcel")
class HandoverParcel extends AbstractEntity {

    @Column(name = "manifest_id", nullable = false)
    private long manifestId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "order_number", nullable = false, length = 30)
    private String orderNumber;

    @Column(nullable = false, length = 30)
    private String resi;

    @Column(name = "recipient_city", length = 120)
    private @Nullable String recipientCity;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected HandoverParcel() {
        this(0, 0, "", "", null, "", Instant.EPOCH);
    }

    HandoverParcel(long manifestId, long orderId, String orderNumber, String resi, @Nullable String recipientCity,
            String addedBy, Instant addedAt) {
        this.manifestId = manifestId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.resi = resi;
        this.recipientCity = recipientCity;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long getManifestId() {
        return manifestId;
    }

    long getOrderId() {
        return orderId;
    }

    String getOrderNumber() {
        return orderNumber;
    }

    String getResi() {
        return resi;
    }

    @Nullable String getRecipientCity() {
        return recipientCity;
    }
}
