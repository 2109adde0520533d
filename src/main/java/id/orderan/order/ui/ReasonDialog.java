package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import id.orderan.base.ui.Forms;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Cancel Order / Retur Order for one or many orders: a reason from the usual list plus free text;
 * a retur also asks whether the goods go back into stock.
 */
class ReasonDialog extends Dialog {

    static final List<String> CANCEL_REASONS = List.of("cancel.reason.buyer", "cancel.reason.unpaid",
            "cancel.reason.stock", "cancel.reason.duplicate", "cancel.reason.other");
    static final List<String> RETUR_REASONS = List.of("retur.reason.address", "retur.reason.refused",
            "retur.reason.damaged", "retur.reason.wrong-item", "retur.reason.other");

    final RadioButtonGroup<String> reason = new RadioButtonGroup<>();
    final TextArea details = new TextArea();
    final Checkbox restock = new Checkbox();
    final Button confirm;

    /**
     * @param onConfirm receives the full reason text and the restock choice; returns whether it
     *     worked (the dialog stays open with everything typed when it did not)
     */
    ReasonDialog(boolean retur, List<String> orderNumbers, BiPredicate<String, Boolean> onConfirm) {
        setHeaderTitle(getTranslation(retur ? "retur.title" : "cancel.title", orderNumbers.size()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(32rem, 100vw)");
        add(new Paragraph(String.join(", ", orderNumbers.stream().limit(5).toList())
                + (orderNumbers.size() > 5 ? " …" : "")));
        reason.setLabel(getTranslation("reason.label"));
        reason.setItems(retur ? RETUR_REASONS : CANCEL_REASONS);
        reason.setItemLabelGenerator(this::getTranslation);
        reason.addThemeName("vertical");
        details.setLabel(getTranslation("reason.details"));
        details.setWidthFull();
        details.setMaxLength(400);
        restock.setLabel(getTranslation("retur.restock"));
        restock.setValue(true);
        restock.setVisible(retur);
        add(reason, details, restock);

        confirm = new Button(getTranslation(retur ? "retur.confirm" : "cancel.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClickListener(e -> {
            String text = fullReason();
            if (text.isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("error.order.reason-required"));
                return;
            }
            if (onConfirm.test(text, restock.getValue())) {
                close();
            }
        });
        Button back = Forms.secondary(getTranslation("action.back"));
        back.addClickListener(e -> close());
        getFooter().add(back, confirm);
    }

    String fullReason() {
        String chosen = reason.getValue() == null ? "" : getTranslation(reason.getValue());
        String extra = details.getValue().trim();
        if (chosen.isEmpty()) {
            return extra;
        }
        return extra.isEmpty() ? chosen : chosen + " — " + extra;
    }
}
