package id.orderan.payment;

import id.orderan.base.Labelled;
import java.util.Locale;

/** A buyer's payment confirmation waits for staff, who approve or reject it. */
public enum ConfirmationState implements Labelled {
    PENDING,
    APPROVED,
    REJECTED,
    /** Closed unprocessed: the order left Konfirmasi another way (paid, cancelled, …) before anyone decided. */
    SUPERSEDED;

    @Override
    public String labelKey() {
        return "confirmation.state." + name().toLowerCase(Locale.ROOT);
    }
}
