package id.orderan.followup;

/** Reminders for unpaid orders (FU 1–3), then the two notices sellers send anyway. */
public enum FollowUpStage {
    FU_1,
    FU_2,
    FU_3,
    PAID,
    SHIPPED;

    /** The next reminder after {@code sent} earlier ones (FU 3 stays FU 3). */
    public static FollowUpStage nextReminder(int sent) {
        return sent <= 0 ? FU_1 : sent == 1 ? FU_2 : FU_3;
    }
}
