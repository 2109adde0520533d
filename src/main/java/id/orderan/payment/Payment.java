package id.orderan.payment;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Money received for an order, as recorded by staff. */
@Entity
@Table(name = "payment")
public class Payment extends AbstractEntity {

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private PaymentKind kind;

    @Column(nullable = false, length = 30)
    private String method;

    @Column(nullable = false)
    private long amount;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Payment() {
        this(0, PaymentKind.FULL, "", 0, Instant.EPOCH, "", Instant.EPOCH);
    }

    Payment(long orderId, PaymentKind kind, String method, long amount, Instant paidAt, String recordedBy,
            Instant createdAt) {
        this.orderId = orderId;
        this.kind = kind;
        this.method = method;
        this.amount = amount;
        this.paidAt = paidAt;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    public long getOrderId() {
        return orderId;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public String getMethod() {
        return method;
    }

    public long getAmount() {
        return amount;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    /** When staff recorded it (the timeline's order); {@link #getPaidAt()} is the business date at noon. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
