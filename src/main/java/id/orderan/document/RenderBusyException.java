package id.orderan.document;

import java.time.Duration;

/**
 * Every render slot stayed taken for the longest wait allowed: the caller answers "sedang sibuk, coba lagi
 * sebentar" (HTTP 503 with Retry-After) instead of queueing without end.
 *
 * @see <a href="../../../../../../docs/decisions/0078-printing-outside-transactions-with-bounded-render-slots.md">0078</a>
 */
public class RenderBusyException extends RuntimeException {

    private final Duration retryAfter;

    RenderBusyException(Duration waited, Duration retryAfter) {
        super("No PDF render slot free after " + waited.toMillis() + " ms");
        this.retryAfter = retryAfter;
    }

    /** How long the person printing should wait before trying again (whole seconds, for Retry-After). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The translation key of the message shown to the person printing. */
    public static String messageKey() {
        return "error.document.busy";
    }
}
