package id.orderan.storefront;

import org.jspecify.annotations.Nullable;

/**
 * What {@link OrderScreening} says about one submission.
 *
 * @see <a href="../../../../../../docs/decisions/0145-anti-spam-rules.md">0145 anti-spam rules</a>
 */
sealed interface Screening permits Screening.Accept, Screening.Trap, Screening.TooMany {

    /**
     * Create the order; a non-null reason flags it "perlu dicek" (reasons joined with "; ",
     * Indonesian, at most {@link OrderScreening#MAX_REASON} characters).
     */
    record Accept(@Nullable String reviewReason) implements Screening {}

    /** Honeypot filled: no order; answer with the neutral refusal page. */
    record Trap() implements Screening {}

    /** Over a hard hourly limit: no order; answer with the polite 429 page. */
    record TooMany(long retryAfterSeconds) implements Screening {}
}
