package id.orderan.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.RupiahField;
import id.orderan.base.ui.Uploads;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ProofFile;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Staff enter a buyer's "sudah transfer" on their behalf (WhatsApp screenshot as the proof). */
public class SubmitConfirmationDialog extends Dialog {

    final TextField bank = new TextField();
    final TextField holder = new TextField();
    final RupiahField amount = new RupiahField();
    final DatePicker transferDate = new DatePicker();
    final TextArea note = new TextArea();
    final Upload upload;
    final Button save;
    @Nullable ProofFile proof;

    public SubmitConfirmationDialog(PaymentService payments, SalesOrder order, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("submit-confirmation.title", order.getOrderNumber()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(36rem, 100vw)");
        bank.setLabel(getTranslation("confirm.bank"));
        holder.setLabel(getTranslation("confirm.holder"));
        amount.setLabel(getTranslation("confirm.transferred"));
        amount.setValue(order.remaining());
        amount.setId("submit-confirmation-amount");
        transferDate.setLabel(getTranslation("confirm.date"));
        transferDate.setValue(today);
        transferDate.setMax(today);
        note.setLabel(getTranslation("confirm.note"));
        // capped while reading: a screenshot is a few hundred kB, nobody needs to send us 5 GB
        upload = Uploads.inMemory(ProofFile.MAX_BYTES, (metadata, bytes) -> proof = new ProofFile(metadata.fileName(),
                bytes), ".jpg", ".jpeg", ".png", ".pdf");
        var form = new FormLayout(bank, holder, amount, transferDate, upload, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(upload, 2);
        form.setColspan(note, 2);
        add(form);

        save = Forms.primary(getTranslation("action.save"));
        save.addClickListener(e -> {
            if (amount.hasInputError()) {
                return; // the field says why
            }
            if (amount.getValue() == null || transferDate.getValue() == null) {
                Notifications.error(getTranslation("error.payment.amount-invalid"));
                return;
            }
            var command = new PaymentCommands.SubmitConfirmation(order.getOrderNumber(), bank.getValue(),
                    holder.getValue(), amount.getValue(), transferDate.getValue(), proof, note.getValue());
            if (Forms.attempt(this, () -> payments.submit(command)) != null) {
                Notifications.success(getTranslation("submit-confirmation.saved", order.getOrderNumber()));
                close();
                onSaved.run();
            }
        });
        Button cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }
}
