package id.orderan.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which fields of an order may change in which status: the one place the edit rules live. The
 * service refuses an edit touching anything else; the form shows the rest read-only.
 *
 * <ul>
 * <li>Belum Bayar: everything, the buyer included.</li>
 * <li>Down Payment, Konfirmasi: everything but the buyer. Money has come in (or is being checked)
 * from that buyer; a new total must stay above what is paid.</li>
 * <li>Sedang Diproses (paid, being packed): where and how it ships — courier, dropship sender,
 * recipient, address — and the note. No money: lines, prices, discount, charges, unique code, COD.</li>
 * <li>Proses Pengiriman and later, Cancel: the note only. The parcel has left (or never will).</li>
 * </ul>
 *
 * @see <a href="../../../../../../docs/decisions/0085-what-an-edit-may-change-per-status.md">0085</a>
 */
public final class OrderEditPolicy {

    private static final Set<OrderField> WHERE_AND_HOW_IT_SHIPS = EnumSet.of(OrderField.COURIER, OrderField.SENDER,
            OrderField.RECIPIENT, OrderField.ADDRESS, OrderField.NOTE);

    private OrderEditPolicy() {}

    public static Set<OrderField> editable(OrderStatus status) {
        return switch (status) {
            case BELUM_BAYAR -> EnumSet.complementOf(EnumSet.of(OrderField.TOTAL));
            case DOWN_PAYMENT, KONFIRMASI -> EnumSet.complementOf(EnumSet.of(OrderField.TOTAL, OrderField.CUSTOMER));
            case SEDANG_DIPROSES -> EnumSet.copyOf(WHERE_AND_HOW_IT_SHIPS);
            case PROSES_PENGIRIMAN, SUKSES, RETUR, CANCEL -> EnumSet.of(OrderField.NOTE);
        };
    }

    /** The fields staff may not change in this status (what the form shows read-only). */
    public static Set<OrderField> locked(OrderStatus status) {
        Set<OrderField> locked = EnumSet.complementOf(EnumSet.copyOf(editable(status)));
        locked.remove(OrderField.TOTAL);
        return locked;
    }

    /** The refusal, by how far the order has come: "cannot change after payment: Produk, Ongkir". */
    static String refusalKey(OrderStatus status) {
        return switch (status) {
            case BELUM_BAYAR, DOWN_PAYMENT, KONFIRMASI -> "error.order.locked-payment-started";
            case SEDANG_DIPROSES -> "error.order.locked-after-payment";
            case PROSES_PENGIRIMAN, SUKSES, RETUR -> "error.order.locked-after-shipping";
            case CANCEL -> "error.order.locked-cancelled";
        };
    }
}
