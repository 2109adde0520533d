package id.orderan.payment;

/** A buyer's payment confirmation waits for staff, who approve or reject it. */
public enum ConfirmationState {
    PENDING,
    APPROVED,
    REJECTED,
    /** Closed unprocessed: the order left Konfirmasi another way (paid, cancelled, …) before anyone decided. */
    SUPERSEDED
}
