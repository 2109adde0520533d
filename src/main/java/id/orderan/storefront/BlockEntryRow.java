package id.orderan.storefront;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A block-list entry: added and removed, never edited (so it needs no version). */
@Entity
@Table(name = "antispam_block")
class BlockEntryRow extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private BlockKind kind;

    @Column(name = "block_value", nullable = false, length = 200)
    private String value;

    @Column(length = 200)
    private @Nullable String note;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BlockEntryRow() {
        this(BlockKind.PHONE, "", null, "", Instant.EPOCH);
    }

    BlockEntryRow(BlockKind kind, String value, @Nullable String note, String createdBy, Instant createdAt) {
        this.kind = kind;
        this.value = value;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    BlockEntry toEntry() {
        return new BlockEntry(Objects.requireNonNull(getId()), kind, value, note, createdBy, createdAt);
    }
}
