package id.orderan.storefront;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the buyer's private link answers, on opening it and on confirming it. */
public sealed interface LinkAnswer {

    /** Still open: the page with the form; {@code errors} (Indonesian) say why a confirmation was refused. */
    record Open(PrivateLinkPage page, ShipToForm form, List<String> errors) implements LinkAnswer {
        public Open {
            errors = List.copyOf(errors);
        }
    }

    /** The link is (now) an order: its page is {@code /o/{orderToken}}. */
    record Placed(String orderToken) implements LinkAnswer {}

    /** Expired or cancelled: say so and offer the store's WhatsApp (null without a valid store phone). */
    record Closed(boolean expired, String storeName, @Nullable String storeWhatsApp) implements LinkAnswer {}

    /** Not a link's token (malformed or unknown alike). */
    record Unknown() implements LinkAnswer {}
}
