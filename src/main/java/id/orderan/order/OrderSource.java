package id.orderan.order;

import id.orderan.base.Labelled;
import java.util.Locale;

/** Where an order came from: typed in by staff, an order form, or a private order link. */
public enum OrderSource implements Labelled {
    MANUAL,
    FORM,
    PRIVATE;

    @Override
    public String labelKey() {
        return "order.source." + name().toLowerCase(Locale.ROOT);
    }
}
