package id.orderan.followup;

/** Reminders for unpaid orders (FU 1–3), then the two notices sellers send on every order. */
public enum FollowUpStage {
    FU_1,
    FU_2,
    FU_3,
    /** Pembayaran diterima: the order moved to Sedang Diproses. */
    PAID,
    /** Pesanan dikirim: the order moved to Proses Pengiriman (with courier and resi). */
    SHIPPED;

    /** The reminders for unpaid orders, in order. */
    public static final java.util.List<FollowUpStage> REMINDERS = java.util.List.of(FU_1, FU_2, FU_3);

    /** The next reminder after {@code sent} earlier ones (FU 3 stays FU 3). */
    public static FollowUpStage nextReminder(int sent) {
        return sent <= 0 ? FU_1 : sent == 1 ? FU_2 : FU_3;
    }

    public boolean isNotice() {
        return this == PAID || this == SHIPPED;
    }

    /** "FU 2", "Pembayaran diterima", … */
    public String labelKey() {
        return "template.stage." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
