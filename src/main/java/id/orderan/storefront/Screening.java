package id.orderan.storefront;

import org.jspecify.annotations.Nullable;

/** What the anti-spam screening says about one submission ({@link OrderScreening}). */
sealed interface Screening permits Screening.Accept, Screening.Trap, Screening.TooMany {

    /** Create the order; a non-null reason flags it "perlu dicek" (reasons joined with "; ", ≤ 300 characters). */
    record Accept(@Nullable String reviewReason) implements Screening {}

    /** The honeypot was filled: no order; the answer is the neutral refusal page. */
    record Trap() implements Screening {}

    /** Over a hard hourly limit: no order; the answer is the polite 429 page. */
    record TooMany(long retryAfterSeconds) implements Screening {}
}
