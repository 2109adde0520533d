package id.orderan.storefront;

import java.util.Map;

/** What became of a posted order form (decision 0135). */
public sealed interface FormOutcome {

    /** The order exists (now, or already with this key): show its thank-you page. */
    record Placed(String buyerToken) implements FormOutcome {}

    /** Nothing was created: the form comes back with these messages (by field) and the server's quote. */
    record Invalid(FormQuote quote, Map<String, String> errors) implements FormOutcome {}

    /** The honeypot was filled: no order, the neutral refusal. */
    record Trapped() implements FormOutcome {}

    /** Over an hourly limit: no order, the polite 429 page. */
    record TooMany(long retryAfterSeconds) implements FormOutcome {}

    /** No active form under this address. */
    record NotFound() implements FormOutcome {}
}
