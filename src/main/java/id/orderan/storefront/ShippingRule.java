package id.orderan.storefront;

import id.orderan.base.Labelled;
import java.util.Locale;

/**
 * How an order form charges ongkir (decision 0135): nothing, a flat cost per courier service, a cost
 * per province and courier service, or nothing now and the admin confirms it later.
 */
public enum ShippingRule implements Labelled {
    FREE,
    FLAT,
    PROVINCE,
    CONFIRM;

    /** Whether the form's shipping rows carry a cost the buyer pays now. */
    public boolean charged() {
        return this == FLAT || this == PROVINCE;
    }

    /** Whether the admin fills shipping rows for this rule (the confirm rule may offer couriers without cost). */
    public boolean hasRows() {
        return this != FREE;
    }

    @Override
    public String labelKey() {
        return "order-form.shipping-rule." + name().toLowerCase(Locale.ROOT);
    }
}
