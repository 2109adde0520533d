package id.orderan.followup;

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
 * A reminder to a buyer by WhatsApp or email, with the final text. An email row is also its own
 * outbox entry: queued PENDING in the caller's transaction, claimed by one node under a lease, marked
 * SENDING before the SMTP call and SENT/FAILED after it.
 *
 * @see "docs/decisions/0090-email-outbox.md"
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AbstractEntity {

    /** The column sizes: longer text is refused before it is queued. */
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_MESSAGE = 4000;
    static final int MAX_RECIPIENT = 320;

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

    /** When the state last changed: queued, sent or given up. */
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Version
    private long version;

    /** The address at queue time (a retry takes the order's current one). */
    @Column(length = 320)
    private @Nullable String recipient;

    /** SMTP attempts so far, counted when the row is marked SENDING. */
    private int attempts;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "lease_until")
    private @Nullable Instant leaseUntil;

    /** The email's Message-ID: the same on every attempt, so a duplicate is recognisable as one. */
    @Column(name = "message_key", length = 100)
    private @Nullable String messageKey;

    /**
     * The row was found SENDING by a node whose lease had run out: that node may have handed the email
     * to the server before dying, so the buyer may get it twice ("mungkin terkirim ganda").
     */
    @Column(name = "possible_duplicate", nullable = false)
    private boolean possibleDuplicate;

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

    /** Into the outbox: the worker picks it up from {@code at}. */
    FollowUp queue(String to, String key, Instant at) {
        this.state = FollowUpState.PENDING;
        this.recipient = to;
        this.messageKey = key;
        this.nextAttemptAt = at;
        this.sentAt = at;
        return this;
    }

    /**
     * Staff asked again: due now, to the order's current address, with fresh attempts. The Message-ID
     * stays (a copy that did arrive earlier is recognisable); rows from before the outbox get one.
     */
    void requeue(String to, String keyIfNone, Instant at) {
        if (messageKey == null) {
            this.messageKey = keyIfNone;
        }
        this.state = FollowUpState.PENDING;
        this.recipient = to;
        this.error = null; // the old answer is history; a new failure brings its own
        this.attempts = 0;
        this.nextAttemptAt = at;
        this.claimedBy = null;
        this.leaseUntil = null;
        this.sentAt = at;
    }

    /** Just before the SMTP call, committed on its own; a row found SENDING again may have gone out. */
    void sending(String node, Instant leaseEnd) {
        if (state == FollowUpState.SENDING) {
            this.possibleDuplicate = true;
        }
        this.state = FollowUpState.SENDING;
        this.claimedBy = node;
        this.leaseUntil = leaseEnd;
        this.attempts++;
    }

    void sent(Instant at) {
        this.state = FollowUpState.SENT;
        this.error = null;
        this.sentAt = at;
        release();
    }

    /** A temporary failure: kept PENDING with the server's answer until {@code next}. */
    void retryLater(String reason, Instant at, Instant next) {
        this.state = FollowUpState.PENDING;
        this.error = clip(reason);
        this.sentAt = at;
        this.nextAttemptAt = next;
        release();
    }

    void failed(String reason, Instant at) {
        this.state = FollowUpState.FAILED;
        this.error = clip(reason);
        this.sentAt = at;
        release();
    }

    void cancelled(Instant at) {
        this.state = FollowUpState.CANCELLED;
        this.sentAt = at;
        release();
    }

    private void release() {
        this.claimedBy = null;
        this.leaseUntil = null;
    }

    private static String clip(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    /** A failed email, or one waiting for its next attempt after an error: staff may ask for it now. */
    public boolean canRetry() {
        return channel == FollowUpChannel.EMAIL && (state == FollowUpState.FAILED
                || state == FollowUpState.PENDING && error != null);
    }

    /**
     * The translation key of this follow-up's line on the order's timeline; arguments: what (channel and
     * stage), the server's last answer.
     */
    public String timelineKey() {
        return switch (state) {
            case SENT -> possibleDuplicate ? "timeline.followup-maybe-twice" : "timeline.followup";
            case FAILED -> possibleDuplicate ? "timeline.followup-failed-maybe-sent" : "timeline.followup-failed";
            case PENDING -> error == null ? "timeline.followup-pending" : "timeline.followup-retrying";
            case SENDING -> "timeline.followup-sending";
            case CANCELLED -> "timeline.followup-cancelled";
        };
    }

    /** The label of the delivery state: "mungkin terkirim ganda" instead of plain "terkirim" when so. */
    public String stateLabelKey() {
        return possibleDuplicate && state == FollowUpState.SENT ? "followup.state.sent-maybe-twice"
                : state.labelKey();
    }

    public long getVersion() {
        return version;
    }

    public @Nullable String getRecipient() {
        return recipient;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Instant getLeaseUntil() {
        return leaseUntil;
    }

    public @Nullable String getMessageKey() {
        return messageKey;
    }

    public boolean isPossibleDuplicate() {
        return possibleDuplicate;
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
