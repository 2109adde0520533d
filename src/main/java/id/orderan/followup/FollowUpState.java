package id.orderan.followup;

import id.orderan.base.Labelled;
import java.util.Locale;

/**
 * Where a follow-up stands. WhatsApp ones are SENT when staff open the chat; emails go through the
 * outbox: PENDING (queued, or waiting for another attempt), SENDING (handed to the SMTP server right
 * now), then SENT, FAILED (the server refused it for good, or every attempt failed) or CANCELLED
 * (the order no longer waits for this message, e.g. a payment reminder after the buyer paid).
 *
 * @see "docs/decisions/0090-email-outbox.md"
 */
public enum FollowUpState implements Labelled {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    CANCELLED;

    /** "followup.state.sent", …: the label in lists and on the timeline. */
    @Override
    public String labelKey() {
        return "followup.state." + name().toLowerCase(Locale.ROOT);
    }
}
