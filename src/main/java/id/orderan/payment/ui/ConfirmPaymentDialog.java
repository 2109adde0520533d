package id.orderan.payment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ProofFile;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The payment-confirmation popup: what the buyer says they transferred, their proof, and what the
 * order expects, with the difference highlighted. Approve → Sedang Diproses; reject (with a reason)
 * → back to waiting for payment.
 */
public class ConfirmPaymentDialog extends Dialog {

    final Button approve;
    final Button reject;
    final TextArea rejectReason = new TextArea();
    final Span difference = new Span();

    public ConfirmPaymentDialog(PaymentService payments, SalesOrder order, Runnable onDecided) {
        setHeaderTitle(getTranslation("confirm.title", order.getOrderNumber()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(40rem, 100vw)");
        approve = Forms.primary(getTranslation("confirm.approve"));
        reject = new Button(getTranslation("confirm.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        approve.setId("confirm-approve");
        reject.setId("confirm-reject");
        rejectReason.setId("confirm-reject-reason");
        difference.setId("confirm-difference");
        Button close = Forms.secondary(getTranslation("action.close"));
        close.addClickListener(e -> close());

        Optional<PaymentConfirmation> pending = payments.pendingConfirmation(order.getId());
        if (pending.isEmpty()) {
            add(new Paragraph(getTranslation("confirm.none")));
            approve.setEnabled(false);
            reject.setEnabled(false);
            getFooter().add(close);
            return;
        }
        PaymentConfirmation confirmation = pending.get();
        long expected = order.remaining();
        long diff = confirmation.getAmount() - expected;
        difference.setText(diff == 0 ? getTranslation("confirm.exact")
                : (diff > 0 ? "+" : "") + Rupiah.format(diff));
        difference.addClassNames("orderan-difference", diff == 0 ? "orderan-difference--ok" : "orderan-difference--off");

        var details = new FormLayout();
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        details.addFormItem(new Span(confirmation.getBank()), getTranslation("confirm.bank"));
        details.addFormItem(new Span(confirmation.getAccountHolder()), getTranslation("confirm.holder"));
        details.addFormItem(new Span(JakartaTime.format(confirmation.getTransferDate(), getLocale())),
                getTranslation("confirm.date"));
        details.addFormItem(new Span(Rupiah.format(confirmation.getAmount())), getTranslation("confirm.transferred"));
        details.addFormItem(new Span(Rupiah.format(expected)), getTranslation("confirm.expected"));
        details.addFormItem(difference, getTranslation("confirm.difference"));
        details.addFormItem(new Span(String.valueOf(order.getUniqueCode())), getTranslation("confirm.unique-code"));
        if (confirmation.getNote() != null) {
            details.addFormItem(new Span(confirmation.getNote()), getTranslation("confirm.note"));
        }
        add(details);
        payments.proof(confirmation.getId()).ifPresent(proof -> add(proofView(proof)));

        rejectReason.setLabel(getTranslation("confirm.reject-reason"));
        rejectReason.setWidthFull();
        rejectReason.setVisible(false);
        add(rejectReason);

        approve.addClickListener(e -> {
            if (Forms.attempt(this, () -> payments.approve(confirmation.getId(), confirmation.getVersion())) != null) {
                Notifications.success(getTranslation("confirm.approved", order.getOrderNumber()));
                close();
                onDecided.run();
            }
        });
        reject.addClickListener(e -> {
            if (!rejectReason.isVisible()) {
                rejectReason.setVisible(true); // first click asks why
                rejectReason.focus();
                return;
            }
            if (Forms.attempt(this, () -> payments.reject(confirmation.getId(), confirmation.getVersion(),
                    rejectReason.getValue())) != null) {
                Notifications.success(getTranslation("confirm.rejected", order.getOrderNumber()));
                close();
                onDecided.run();
            }
        });
        getFooter().add(reject, close, approve);
    }

    private Component proofView(ProofFile proof) {
        String type = proof.verifiedContentType();
        if (type.startsWith("image/")) {
            var image = new Image(proof.content(), getTranslation("confirm.proof"));
            image.addClassName("orderan-proof");
            return image;
        }
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(proof.content()), proof.fileName(), type, proof.content().length)),
                getTranslation("confirm.proof-pdf"));
        link.setTarget("_blank");
        return new Div(link);
    }
}
