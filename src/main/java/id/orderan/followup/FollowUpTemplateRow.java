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

/** A template the seller changed; templates nobody changed are the built-in defaults and have no row. */
@Entity
@Table(name = "follow_up_template")
class FollowUpTemplateRow extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    FollowUpChannel channel = FollowUpChannel.WHATSAPP;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    FollowUpStage stage = FollowUpStage.FU_1;

    @Column(length = 200)
    @Nullable String subject;

    @Column(nullable = false, length = 4000)
    String body = "";

    @Column(name = "auto_send", nullable = false)
    boolean autoSend;

    @Column(name = "updated_by", nullable = false, length = 50)
    String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Version
    long version;

    FollowUpTemplate toTemplate() {
        return new FollowUpTemplate(channel, stage, subject == null ? "" : subject, body, autoSend, version,
                updatedBy, updatedAt);
    }
}
