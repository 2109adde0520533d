package id.orderan.shipping;

import id.orderan.order.Courier;
import id.orderan.order.CourierConverter;
import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A parcel on its way: courier, service and the tracking number (resi). */
@Entity
@Table(name = "shipment")
public class Shipment extends AbstractEntity {

    @Column(name = "order_id", nullable = false)
    private long orderId;

    /** Stored as the courier's code; loads with the courier list's current name (decision 0160). */
    @Convert(converter = CourierConverter.class)
    @Column(nullable = false, length = 30)
    private Courier courier;

    @Column(length = 40)
    private @Nullable String service;

    @Column(length = 40)
    private @Nullable String resi;

    @Column(name = "shipped_at")
    private @Nullable Instant shippedAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Shipment() {
        this(0, Courier.LAINNYA, "", Instant.EPOCH);
    }

    Shipment(long orderId, Courier courier, String createdBy, Instant createdAt) {
        this.orderId = orderId;
        this.courier = courier;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void ship(String service, String resi, Instant at) {
        this.service = service;
        this.resi = resi;
        this.shippedAt = at;
    }

    void correct(Courier newCourier, String newService, String newResi) {
        this.courier = newCourier;
        this.service = newService;
        this.resi = newResi;
    }

    void delivered(Instant at) {
        this.deliveredAt = at;
    }

    public long getOrderId() {
        return orderId;
    }

    public Courier getCourier() {
        return courier;
    }

    public @Nullable String getService() {
        return service;
    }

    public @Nullable String getResi() {
        return resi;
    }

    public @Nullable Instant getShippedAt() {
        return shippedAt;
    }

    public @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }
}
