package id.orderan.order;

import java.util.Locale;

/** How staff state a discount: whole rupiah, or a percentage of the subtotal (see {@link Pricing}). */
public enum DiscountUnit {
    RP,
    PERSEN;

    public String labelKey() {
        return "order.discount-unit." + name().toLowerCase(Locale.ROOT);
    }
}
