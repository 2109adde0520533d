package id.orderan.order;

import id.orderan.base.Labelled;
import java.util.Locale;

/**
 * What staff can change on an order, as the edit rules and the timeline name it. {@link #amount}
 * fields carry rupiah amounts in their before/after values: the warehouse sees that they changed,
 * not by how much.
 */
public enum OrderField implements Labelled {
    CUSTOMER(false),
    LINES(false),
    PRICES(true),
    DISCOUNT(true),
    SHIPPING_COST(true),
    INSURANCE(true),
    OTHER_FEE(true),
    UNIQUE_CODE(true),
    COD(false),
    COURIER(false),
    SENDER(false),
    RECIPIENT(false),
    ADDRESS(false),
    NOTE(false),
    /** Not edited directly: recorded when the edit of the fields above changed the grand total. */
    TOTAL(true);

    private final boolean amount;

    OrderField(boolean amount) {
        this.amount = amount;
    }

    public boolean amount() {
        return amount;
    }

    @Override
    public String labelKey() {
        return "order.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
