package id.orderan.order;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order's audit trail: who moved it from which status to which, when and why; or,
 * status unchanged, an edit with the fields it changed ({@link #getFields()}).
 */
@Entity
@Table(name = "order_status_change")
public class StatusChange extends AbstractEntity {

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private @Nullable OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus toStatus;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(length = 500)
    private @Nullable String note;

    /** Read with the row by {@link StatusChangeRepository} (one query for a timeline). */
    @ElementCollection
    @CollectionTable(name = "order_field_change", joinColumns = @JoinColumn(name = "status_change_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> fields = new ArrayList<>();

    protected StatusChange() {
        this(0, null, OrderStatus.BELUM_BAYAR, "", Instant.EPOCH, null);
    }

    StatusChange(long orderId, @Nullable OrderStatus fromStatus, OrderStatus toStatus, String changedBy,
            Instant changedAt, @Nullable String note) {
        this.orderId = orderId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.note = note;
    }

    /** An edit: the order stays in its status, the fields say what changed. */
    static StatusChange edit(long orderId, OrderStatus status, String changedBy, Instant changedAt,
            List<FieldChange> fields) {
        var change = new StatusChange(orderId, status, status, changedBy, changedAt, null);
        change.fields.addAll(fields);
        return change;
    }

    /**
     * For the warehouse: amounts in edited fields withheld, and the note too when {@code dropNote}.
     * A detached copy; the stored row is untouched.
     */
    StatusChange withoutMoney(boolean dropNote) {
        if (!dropNote && fields.stream().noneMatch(f -> f.field().amount())) {
            return this;
        }
        var copy = new StatusChange(orderId, fromStatus, toStatus, changedBy, changedAt, dropNote ? null : note);
        fields.forEach(f -> copy.fields.add(f.withoutAmount()));
        return copy;
    }

    public long getOrderId() {
        return orderId;
    }

    public @Nullable OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getNote() {
        return note;
    }

    /** What an edit changed, in the order of {@link OrderField}; empty for a move or a note. */
    public List<FieldChange> getFields() {
        return Collections.unmodifiableList(fields);
    }
}
