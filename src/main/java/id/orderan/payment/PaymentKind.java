package id.orderan.payment;

/** A down payment (manual orders only) or a payment that settles the order. */
public enum PaymentKind {
    DP,
    FULL
}
