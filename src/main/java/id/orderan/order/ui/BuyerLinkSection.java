package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.BuyerLink;
import id.orderan.order.OrderService;
import org.jspecify.annotations.Nullable;

/**
 * The buyer's link on the order detail (ADMIN, CS: the page shows money): the address, "Salin link
 * pembeli" (copied in the browser during the click, from the field, so it is the current link) and
 * "Buat ulang link pembeli" behind a confirmation, which kills the old link at once.
 *
 * @see <a href="../../../../../../../docs/decisions/0152-staff-copy-and-reissue-the-buyer-link.md">0152</a>
 */
class BuyerLinkSection extends Div {

    private final OrderService orders;
    private final String orderNumber;
    private final Runnable onReissued;
    private BuyerLink link;
    final TextField address = new TextField();
    final Button copy = new Button();
    final Button reissue = new Button();
    @Nullable Dialog confirmation;

    /** @param onReissued what the view does after a re-issue (the timeline got a line) */
    BuyerLinkSection(OrderService orders, String orderNumber, Runnable onReissued) {
        this.orders = orders;
        this.orderNumber = orderNumber;
        this.onReissued = onReissued;
        this.link = orders.buyerLink(orderNumber);
        setId("buyer-link");
        address.setId("buyer-link-address");
        address.setLabel(getTranslation("buyer-link.label"));
        address.setReadOnly(true);
        address.setValue(link.url());
        address.setWidthFull();
        address.setMaxWidth("36rem");

        copy.setText(getTranslation("buyer-link.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.setId("buyer-link-copy");
        Clipboard.onClick(copy).writeText(address,
                copied -> Notifications.success(getTranslation("buyer-link.copied")),
                failed -> Notifications.error(getTranslation("buyer-link.copy-failed")));

        reissue.setText(getTranslation("buyer-link.reissue"));
        reissue.setIcon(VaadinIcon.REFRESH.create());
        reissue.setId("buyer-link-reissue");
        reissue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reissue.addClickListener(e -> confirm());

        var row = new HorizontalLayout(address, copy, reissue);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private void confirm() {
        Dialog dialog = Forms.dialog(getTranslation("buyer-link.reissue.title"));
        dialog.add(new Paragraph(getTranslation("buyer-link.reissue.question", orderNumber)));
        Button yes = Forms.primary(getTranslation("buyer-link.reissue.confirm"));
        yes.setId("buyer-link-reissue-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        yes.addClickListener(e -> {
            BuyerLink fresh = Forms.attempt(this, () -> orders.reissueBuyerLink(orderNumber, link.version()));
            dialog.close();
            if (fresh != null) {
                link = fresh;
                address.setValue(fresh.url());
                Notifications.success(getTranslation("buyer-link.reissued"));
                onReissued.run();
            }
        });
        Button no = Forms.secondary(getTranslation("action.cancel"));
        no.setId("buyer-link-reissue-cancel");
        no.addClickListener(e -> dialog.close());
        dialog.getFooter().add(no, yes);
        confirmation = dialog;
        dialog.open();
    }
}
