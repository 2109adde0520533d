package id.orderan.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.RupiahField;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import java.time.LocalDate;
import java.util.List;

/**
 * Catat Pembayaran: a down payment (manual orders only) or the payment that settles the order. The
 * amount is prefilled with what is left; the service has the last word on every rule.
 */
public class PaymentDialog extends Dialog {

    static final List<String> METHODS = List.of("TRANSFER", "TUNAI", "QRIS", "E-WALLET", "COD");

    final RadioButtonGroup<PaymentKind> kind = new RadioButtonGroup<>();
    final Select<String> method = new Select<>();
    final RupiahField amount = new RupiahField();
    final DatePicker paidOn = new DatePicker();
    final TextField note = new TextField();
    final Button save;

    public PaymentDialog(PaymentService payments, SalesOrder order, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("payment.title", order.getOrderNumber()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(34rem, 100vw)");

        kind.setLabel(getTranslation("payment.kind"));
        kind.setItems(order.getSource() == OrderSource.MANUAL ? List.of(PaymentKind.DP, PaymentKind.FULL)
                : List.of(PaymentKind.FULL));
        kind.setItemLabelGenerator(k -> getTranslation("payment.kind." + k.name().toLowerCase()));
        kind.setValue(PaymentKind.FULL);
        method.setLabel(getTranslation("payment.method"));
        method.setItems(METHODS);
        method.setItemLabelGenerator(m -> getTranslation("payment.method." + m.toLowerCase()));
        method.setValue("TRANSFER");
        amount.setLabel(getTranslation("payment.amount"));
        amount.setValue(order.remaining());
        paidOn.setLabel(getTranslation("payment.date"));
        paidOn.setValue(today);
        paidOn.setMax(today);
        note.setLabel(getTranslation("payment.note"));

        var form = new FormLayout(kind, method, amount, paidOn, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(new Paragraph(getTranslation("payment.remaining", Rupiah.format(order.remaining()))), form);

        kind.setId("payment-kind");
        amount.setId("payment-amount");
        save = Forms.primary(getTranslation("action.save"));
        save.setId("payment-save");
        save.addClickListener(e -> {
            if (amount.hasInputError()) {
                return; // the field says why
            }
            if (amount.getValue() == null || paidOn.getValue() == null) {
                Notifications.error(getTranslation("error.payment.amount-invalid"));
                return;
            }
            var command = new PaymentCommands.RecordPayment(order.getOrderNumber(), kind.getValue(), method.getValue(),
                    amount.getValue(), paidOn.getValue(), note.getValue());
            if (Forms.attempt(this, () -> payments.record(command)) != null) {
                Notifications.success(getTranslation("payment.saved", order.getOrderNumber()));
                close();
                onSaved.run();
            }
        });
        Button cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }
}
