package id.orderan.order;

import id.orderan.base.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The seller's six statuses plus the two dead ends, Cancel and Retur.
 *
 * @see <a href="../../../../../../docs/decisions/0119-one-rule-one-place.md">0119 one rule, one place</a>
 */
public enum OrderStatus implements Labelled {
    BELUM_BAYAR,
    DOWN_PAYMENT,
    KONFIRMASI,
    SEDANG_DIPROSES,
    PROSES_PENGIRIMAN,
    SUKSES,
    CANCEL,
    RETUR;

    /** The statuses with a tab on List Order, in the seller's order. */
    public static final Set<OrderStatus> ACTIVE_FLOW = Collections.unmodifiableSet(EnumSet.range(BELUM_BAYAR, SUKSES));

    /**
     * Not yet paid in full: Belum Bayar, Down Payment, Konfirmasi. A payment may still be recorded,
     * and a change within these statuses is a payment step (decision 0071).
     */
    public static final Set<OrderStatus> UNPAID = Collections.unmodifiableSet(EnumSet.of(BELUM_BAYAR, DOWN_PAYMENT,
            KONFIRMASI));

    /**
     * Unpaid and the buyer has not said they paid (not Konfirmasi): the statuses in which payment
     * reminders are due and the "not followed up" filter looks.
     */
    public static final Set<OrderStatus> AWAITING_PAYMENT = Collections.unmodifiableSet(EnumSet.of(BELUM_BAYAR,
            DOWN_PAYMENT));

    public boolean isUnpaid() {
        return UNPAID.contains(this);
    }

    public boolean awaitsPayment() {
        return AWAITING_PAYMENT.contains(this);
    }

    @Override
    public String labelKey() {
        return "order.status." + name().toLowerCase(Locale.ROOT);
    }

    /** CSS modifier of the coloured status badge. */
    public String badgeStyle() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
