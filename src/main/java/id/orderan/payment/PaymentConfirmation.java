package id.orderan.payment;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** "Sudah transfer": the buyer's transfer details and proof, waiting for staff to check the bank. */
@Entity
@Table(name = "payment_confirmation")
public class PaymentConfirmation extends AbstractEntity {

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false, length = 60)
    private String bank;

    @Column(name = "account_holder", nullable = false, length = 120)
    private String accountHolder;

    @Column(nullable = false)
    private long amount;

    @Column(name = "transfer_date", nullable = false)
    private LocalDate transferDate;

    @Column(name = "proof_file", length = 255)
    private @Nullable String proofFile;

    @Column(name = "proof_content_type", length = 60)
    private @Nullable String proofContentType;

    @Column(length = 1000)
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ConfirmationState state = ConfirmationState.PENDING;

    @Column(name = "decision_note", length = 500)
    private @Nullable String decisionNote;

    @Column(name = "submitted_by", length = 50)
    private @Nullable String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 50)
    private @Nullable String decidedBy;

    /** The buyer form's one-time key: a double POST finds the first confirmation (decision 0132). */
    @Column(name = "idempotency_key", length = 64, unique = true)
    private @Nullable String idempotencyKey;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected PaymentConfirmation() {
        this(0, "", "", 0, LocalDate.EPOCH, Instant.EPOCH);
    }

    PaymentConfirmation(long orderId, String bank, String accountHolder, long amount, LocalDate transferDate,
            Instant submittedAt) {
        this.orderId = orderId;
        this.bank = bank;
        this.accountHolder = accountHolder;
        this.amount = amount;
        this.transferDate = transferDate;
        this.submittedAt = submittedAt;
    }

    void attachProof(String contentType) {
        this.proofContentType = contentType;
        this.proofFile = "db";
    }

    void keyed(String key) {
        this.idempotencyKey = key;
    }

    void describe(@Nullable String note, String submittedBy) {
        this.note = note;
        this.submittedBy = submittedBy;
    }

    void decide(ConfirmationState decision, @Nullable String decisionNote, String by, Instant at) {
        this.state = decision;
        this.decisionNote = decisionNote;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public boolean hasProof() {
        return proofFile != null;
    }

    public @Nullable String getProofContentType() {
        return proofContentType;
    }

    public @Nullable String getDecisionNote() {
        return decisionNote;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getBank() {
        return bank;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getTransferDate() {
        return transferDate;
    }

    public @Nullable String getNote() {
        return note;
    }

    public ConfirmationState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
