package id.orderan.security;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the sign-in log; written once, never changed. */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt extends AbstractEntity {

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SignInOutcome outcome;

    protected SignInAttempt() {
        this(Instant.EPOCH, "", "", SignInOutcome.FAILURE);
    }

    SignInAttempt(Instant attemptedAt, String username, String clientAddress, SignInOutcome outcome) {
        this.attemptedAt = attemptedAt;
        this.username = username;
        this.clientAddress = clientAddress;
        this.outcome = outcome;
    }
}
