package id.orderan.followup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.followup.FollowUp;
import id.orderan.followup.FollowUpChannel;
import id.orderan.followup.FollowUpDraft;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpStage;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Follow up one order by WhatsApp (opens wa.me with the text) or email (queued in the outbox, sent
 * right after; its state and a "Coba lagi" for a failure show on the order's timeline). The text is the
 * template the order is due for (another can be picked), editable.
 */
public class FollowUpDialog extends Dialog {

    final Select<FollowUpStage> stage = new Select<>();
    final TextField subject = new TextField();
    final TextArea message = new TextArea();
    final Button send;

    public FollowUpDialog(FollowUpService followUps, String orderNumber, FollowUpChannel channel, Runnable onSent) {
        FollowUpDraft draft = followUps.draft(orderNumber, channel);
        setHeaderTitle(getTranslation("followup.title." + channel.name().toLowerCase(Locale.ROOT), orderNumber,
                stageLabel(draft.stage())));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(40rem, 100vw)");
        stage.setLabel(getTranslation("followup.template"));
        stage.setItems(FollowUpStage.values());
        stage.setItemLabelGenerator(this::stageLabel);
        stage.setValue(draft.stage());
        stage.setId("followup-stage");
        // picking another template replaces the text with that template, filled for this order
        stage.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                FollowUpDraft other = followUps.draft(orderNumber, channel, e.getValue());
                subject.setValue(other.subject());
                message.setValue(other.message());
                setHeaderTitle(getTranslation("followup.title." + channel.name().toLowerCase(Locale.ROOT),
                        orderNumber, stageLabel(e.getValue())));
            }
        });
        subject.setLabel(getTranslation("followup.subject"));
        subject.setValue(draft.subject());
        subject.setWidthFull();
        subject.setVisible(channel == FollowUpChannel.EMAIL);
        message.setLabel(getTranslation("followup.message"));
        message.setValue(draft.message());
        message.setWidthFull();
        message.setMinHeight("14rem");
        message.setId("followup-message");
        add(new Paragraph(getTranslation("followup.to", draft.recipient() == null ? "-" : draft.recipient())), stage,
                subject, message);

        send = Forms.primary(getTranslation(channel == FollowUpChannel.EMAIL ? "followup.send-email"
                : "followup.send-whatsapp"));
        send.setId("followup-send");
        send.addClickListener(e -> {
            FollowUpStage chosen = stage.getValue() == null ? draft.stage() : stage.getValue();
            if (channel == FollowUpChannel.WHATSAPP) {
                FollowUpService.WhatsAppSend sent = Forms.attempt(this,
                        () -> followUps.whatsApp(orderNumber, chosen, message.getValue()));
                if (sent != null) {
                    UI.getCurrent().getPage().open(sent.link(), "_blank");
                    close();
                    onSent.run();
                }
            } else {
                show(Forms.attempt(this, () -> followUps.email(orderNumber, chosen, subject.getValue(),
                        message.getValue())), onSent);
            }
        });
        Button cancel = Forms.secondary(getTranslation("action.close"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, send);
    }

    private String stageLabel(FollowUpStage value) {
        return getTranslation(value.labelKey());
    }

    /** The email is queued: the outbox sends it after this commit; its state shows on the order's timeline. */
    private void show(@Nullable FollowUp result, Runnable onSent) {
        if (result == null) {
            return;
        }
        Notifications.success(getTranslation("followup.queued"));
        close();
        onSent.run();
    }
}
