package id.orderan.order;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The seller's six statuses plus the two dead ends, Cancel and Retur. */
public enum OrderStatus {
    BELUM_BAYAR,
    DOWN_PAYMENT,
    KONFIRMASI,
    SEDANG_DIPROSES,
    PROSES_PENGIRIMAN,
    SUKSES,
    CANCEL,
    RETUR;

    /** The statuses with a tab on List Order, in the seller's order. */
    public static final Set<OrderStatus> ACTIVE_FLOW = EnumSet.range(BELUM_BAYAR, SUKSES);

    public String labelKey() {
        return "order.status." + name().toLowerCase(Locale.ROOT);
    }

    /** CSS modifier of the coloured status badge. */
    public String badgeStyle() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
