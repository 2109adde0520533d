package id.orderan.payment;

import id.orderan.base.Labelled;
import java.util.Locale;

/** A down payment (manual orders only) or a payment that settles the order. */
public enum PaymentKind implements Labelled {
    DP,
    FULL;

    @Override
    public String labelKey() {
        return "payment.kind." + name().toLowerCase(Locale.ROOT);
    }
}
