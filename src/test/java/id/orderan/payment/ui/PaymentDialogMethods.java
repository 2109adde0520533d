package id.orderan.payment.ui;

import java.util.List;

/** Test access to the payment methods the dialog offers. */
public final class PaymentDialogMethods {

    private PaymentDialogMethods() {}

    public static List<String> all() {
        return PaymentDialog.METHODS;
    }
}
