package id.orderan.order;

import java.util.Locale;

/** Where an order came from: typed in by staff, an order form, or a private order link. */
public enum OrderSource {
    MANUAL,
    FORM,
    PRIVATE;

    public String labelKey() {
        return "order.source." + name().toLowerCase(Locale.ROOT);
    }
}
