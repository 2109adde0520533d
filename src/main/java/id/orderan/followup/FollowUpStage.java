package id.orderan.followup;

import id.orderan.base.Labelled;
import id.orderan.order.OrderStatus;
import java.util.List;
import java.util.Locale;

/** Reminders for unpaid orders (FU 1–3), then the two notices sellers send on every order. */
public enum FollowUpStage implements Labelled {
    FU_1,
    FU_2,
    FU_3,
    /** Pembayaran diterima: the order moved to Sedang Diproses. */
    PAID,
    /** Pesanan dikirim: the order moved to Proses Pengiriman (with courier and resi). */
    SHIPPED;

    /** The reminders for unpaid orders, in order. */
    public static final List<FollowUpStage> REMINDERS = List.of(FU_1, FU_2, FU_3);

    /** The next reminder after {@code sent} earlier ones (FU 3 stays FU 3). */
    public static FollowUpStage nextReminder(int sent) {
        return sent <= 0 ? FU_1 : sent == 1 ? FU_2 : FU_3;
    }

    /**
     * Whether an order in this status still waits for this message: a payment reminder only while
     * unpaid, the payment notice once paid, the shipping notice once shipped; nothing once cancelled.
     */
    public boolean isDueAt(OrderStatus status) {
        return switch (this) {
            case FU_1, FU_2, FU_3 -> status.awaitsPayment();
            case PAID -> status == OrderStatus.SEDANG_DIPROSES
                    || status == OrderStatus.PROSES_PENGIRIMAN
                    || status == OrderStatus.SUKSES;
            case SHIPPED -> status == OrderStatus.PROSES_PENGIRIMAN
                    || status == OrderStatus.SUKSES;
        };
    }

    public boolean isNotice() {
        return this == PAID || this == SHIPPED;
    }

    /** "FU 2", "Pembayaran diterima", … */
    @Override
    public String labelKey() {
        return "template.stage." + name().toLowerCase(Locale.ROOT);
    }
}
