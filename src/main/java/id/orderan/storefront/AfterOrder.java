package id.orderan.storefront;

import id.orderan.base.Labelled;
import java.util.Locale;

/** Where an order form sends the buyer after ordering: the thank-you page, or WhatsApp to the store first. */
public enum AfterOrder implements Labelled {
    THANK_YOU,
    WHATSAPP;

    @Override
    public String labelKey() {
        return "order-form.after-order." + name().toLowerCase(Locale.ROOT);
    }
}
