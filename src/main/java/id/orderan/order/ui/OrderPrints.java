package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.Forms;
import id.orderan.order.InvoiceNotes;
import id.orderan.order.OrderService;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Printing from the order screens: record the print in its own short transaction, then open the PDF. */
@Component
class OrderPrints {

    private final OrderService orders;
    private final InvoiceNotes invoiceNotes;

    OrderPrints(OrderService orders, InvoiceNotes invoiceNotes) {
        this.orders = orders;
        this.invoiceNotes = invoiceNotes;
    }

    /**
     * Records the print (its own short transaction: the timeline says so, the orders leave "Belum
     * dicetak"), then opens the labels PDF in a new tab, whose GET only renders. The browser's print
     * dialog is one click away there.
     */
    void labels(List<String> orderNumbers, Runnable refresh) {
        recordThenOpen(() -> orders.labelsPrinted(orderNumbers), () -> DocumentLinks.labels(orderNumbers), refresh);
    }

    void invoicesAndLabels(List<String> orderNumbers, Runnable refresh) {
        recordThenOpen(() -> orders.invoicesPrinted(orderNumbers, true),
                () -> DocumentLinks.invoicesAndLabels(orderNumbers), refresh);
    }

    void invoices(List<String> orderNumbers, Runnable refresh) {
        recordThenOpen(() -> orders.invoicesPrinted(orderNumbers, false), () -> DocumentLinks.invoices(orderNumbers),
                refresh);
    }

    /**
     * "Tambah Keterangan": an optional line printed on this invoice only (not saved on the order). The
     * note stays on the server ({@link InvoiceNotes}); the PDF address carries only its token.
     */
    Dialog invoiceNoteDialog(String orderNumber, Runnable refresh) {
        Dialog dialog = Forms.dialog(UI.getCurrent().getTranslation("invoice.note.title", orderNumber));
        var note = new TextField(UI.getCurrent().getTranslation("invoice.note"));
        note.setWidthFull();
        note.setMaxLength(InvoiceNotes.MAX_LENGTH);
        note.setId("invoice-note");
        Button print = Forms.primary(UI.getCurrent().getTranslation("order-action.print-invoice"));
        print.setId("invoice-print");
        print.addClickListener(e -> {
            String token = note.getValue().isBlank() ? null : invoiceNotes.keep(note.getValue());
            dialog.close();
            recordThenOpen(() -> orders.invoicesPrinted(List.of(orderNumber), false),
                    () -> DocumentLinks.invoice(orderNumber, token), refresh);
        });
        Button cancel = Forms.secondary(UI.getCurrent().getTranslation("action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.add(note);
        dialog.getFooter().add(cancel, print);
        return dialog;
    }

    private static void recordThenOpen(Runnable record, Supplier<String> url, Runnable refresh) {
        if (Forms.attempt(UI.getCurrent(), record)) {
            open(url.get(), refresh);
        }
    }

    private static void open(String url, Runnable refresh) {
        UI.getCurrent().getPage().open(url, "_blank");
        refresh.run();
    }
}
