package id.orderan.storefront.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.storefront.PrivateLinkCommand;
import id.orderan.storefront.PrivateLinkRow;
import id.orderan.storefront.PrivateLinkService;
import java.util.function.IntFunction;

/**
 * Makes a private link from the draft (staff choose how many days it is valid, 3 unless they change
 * it), then shows it: the address, a copy button and "Kirim via WhatsApp" to the customer's number.
 * Opened on an existing link (the list's "Kirim ulang") it shows that link straight away.
 */
class PrivateLinkDialog extends Dialog {

    private final PrivateLinkService links;
    private final VerticalLayout body = new VerticalLayout();

    /** A new link: first the validity, then the link. */
    PrivateLinkDialog(PrivateLinkService links, IntFunction<PrivateLinkCommand> command) {
        this(links);
        var days = new IntegerField(getTranslation("private-link.valid-days"));
        days.setId("private-link-days");
        days.setMin(PrivateLinkCommand.MIN_DAYS);
        days.setMax(PrivateLinkCommand.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(PrivateLinkCommand.DEFAULT_DAYS);
        days.setHelperText(getTranslation("private-link.valid-days-help", PrivateLinkCommand.MIN_DAYS,
                PrivateLinkCommand.MAX_DAYS));
        var create = Forms.primary(getTranslation("private-link.create"));
        create.setId("private-link-create");
        create.addClickListener(e -> {
            int chosen = days.getValue() == null ? PrivateLinkCommand.DEFAULT_DAYS : days.getValue();
            PrivateLinkRow created = Forms.attempt(this, () -> links.create(command.apply(chosen)));
            if (created != null) {
                show(created);
            }
        });
        body.add(new Paragraph(getTranslation("private-link.explain")), days);
        getFooter().add(cancelButton(), create);
    }

    /** An existing link, to copy or send again. */
    PrivateLinkDialog(PrivateLinkService links, PrivateLinkRow existing) {
        this(links);
        show(existing);
    }

    private PrivateLinkDialog(PrivateLinkService links) {
        this.links = links;
        setHeaderTitle(getTranslation("private-link.dialog-title"));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setId("private-link-dialog");
        body.setPadding(false);
        add(body);
    }

    private void show(PrivateLinkRow link) {
        body.removeAll();
        getFooter().removeAll();
        var url = new TextField(getTranslation("private-link.url"));
        url.setId("private-link-url");
        url.setValue(link.url());
        url.setReadOnly(true);
        url.setWidthFull();
        var copy = new Button(getTranslation("private-link.copy"), VaadinIcon.COPY.create(), e -> {
            getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", link.url()));
            Notifications.success(getTranslation("private-link.copied"));
        });
        copy.setId("private-link-copy");
        var summary = new Paragraph(getTranslation("private-link.summary", Rupiah.format(link.grandTotal()),
                JakartaTime.format(link.expiresAt(), getLocale())));
        summary.setId("private-link-summary");
        body.add(summary, url, copy);
        String whatsApp = links.whatsApp(link).orElse(null);
        body.add(whatsApp == null ? new Paragraph(getTranslation("private-link.no-phone")) : whatsAppButton(whatsApp));
        var close = Forms.primary(getTranslation("action.close"));
        close.setId("private-link-close");
        close.addClickListener(e -> close());
        getFooter().add(close);
    }

    private static Anchor whatsAppButton(String href) {
        var anchor = new Anchor(href, "");
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.setId("private-link-whatsapp");
        var button = new Button(anchor.getTranslation("private-link.whatsapp"), VaadinIcon.COMMENT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        anchor.add(button);
        return anchor;
    }

    private Button cancelButton() {
        var cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        return cancel;
    }
}
