package id.orderan.followup;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A reminder sent to a buyer by WhatsApp or email, with the final text as sent. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AbstractEntity {

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private FollowUpChannel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private @Nullable FollowUpStage stage;

    @Column(length = 200)
    private @Nullable String subject;

    @Column(nullable = false, length = 4000)
    private String message;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private FollowUpState state;

    @Column(length = 1000)
    private @Nullable String error;

    @Column(name = "sent_by", nullable = false, length = 50)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected FollowUp() {
        this(0, FollowUpChannel.WHATSAPP, "", FollowUpState.SENT, "", Instant.EPOCH);
    }

    FollowUp(long orderId, FollowUpChannel channel, String message, FollowUpState state, String sentBy,
            Instant sentAt) {
        this.orderId = orderId;
        this.channel = channel;
        this.message = message;
        this.state = state;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    FollowUp stage(FollowUpStage value, @Nullable String emailSubject) {
        this.stage = value;
        this.subject = emailSubject;
        return this;
    }

    void sent(Instant at) {
        this.state = FollowUpState.SENT;
        this.error = null;
        this.sentAt = at;
    }

    void failed(String reason, Instant at) {
        this.state = FollowUpState.FAILED;
        this.error = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.sentAt = at;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public @Nullable String getError() {
        return error;
    }

    public String getSentBy() {
        return sentBy;
    }

    public long getOrderId() {
        return orderId;
    }

    public FollowUpChannel getChannel() {
        return channel;
    }

    public @Nullable FollowUpStage getStage() {
        return stage;
    }

    public String getMessage() {
        return message;
    }

    public FollowUpState getState() {
        return state;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
