package id.orderan.security;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Audit of account changes: who did what to which account, and when. */
@Entity
@Table(name = "app_user_change")
class UserChange extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(length = 100)
    private @Nullable String detail;

    @Column(name = "changed_by", nullable = false, length = 50)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected UserChange() {
        this(0, "", null, "", Instant.EPOCH);
    }

    UserChange(long userId, String action, @Nullable String detail, String changedBy, Instant changedAt) {
        this.userId = userId;
        this.action = action;
        this.detail = detail;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
