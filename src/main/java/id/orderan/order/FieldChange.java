package id.orderan.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One field an edit changed, before and after as staff read them ("JNE REG", "Rp 15.000", an
 * address on one line; {@code null} for empty). A {@link OrderField#COD} value is "true"/"false" for
 * the view to translate. An amount field without values is one whose amounts were withheld
 * ({@link #withoutAmount()}): amounts are never empty.
 *
 * @see <a href="../../../../../../docs/decisions/0086-edits-on-the-timeline.md">0086</a>
 */
@Embeddable
public record FieldChange(
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "field", nullable = false, length = 20)
        OrderField field,
        @Column(name = "before_value", length = MAX) @Nullable String before,
        @Column(name = "after_value", length = MAX) @Nullable String after) {

    static final int MAX = 4000;

    static FieldChange of(OrderField field, @Nullable String before, @Nullable String after) {
        return new FieldChange(field, cut(before), cut(after));
    }

    /** The warehouse's view: an amount field says that it changed, not from what to what. */
    public FieldChange withoutAmount() {
        return field.amount() ? new FieldChange(field, null, null) : this;
    }

    public boolean amountWithheld() {
        return field.amount() && before == null && after == null;
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= MAX ? value : value.substring(0, MAX - 1) + "…";
    }
}
