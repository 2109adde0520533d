package id.orderan.storefront.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import id.orderan.base.ui.Notifications;
import id.orderan.order.ui.OrderDraftAction;
import id.orderan.order.ui.OrderDraftContent;
import id.orderan.storefront.PrivateLinkCommand;
import id.orderan.storefront.PrivateLinkService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tambah Order's "Kirim sebagai link private": the draft becomes a private link instead of an order
 * (decision 0141). Insurance has no place of its own on a buyer's order, so it travels in the other fee;
 * COD has none at all (a link's order is paid by transfer), so a COD draft is refused here.
 */
@Component
class PrivateLinkDraftAction implements OrderDraftAction {

    private final PrivateLinkService links;

    PrivateLinkDraftAction(PrivateLinkService links) {
        this.links = links;
    }

    @Override
    public String id() {
        return "private-link";
    }

    @Override
    public String labelKey() {
        return "private-link.send";
    }

    @Override
    public @Nullable Dialog open(OrderDraftContent draft) {
        if (draft.cod()) {
            Notifications.error(UI.getCurrent().getTranslation("private-link.no-cod"));
            return null;
        }
        var dialog = new PrivateLinkDialog(links, days -> command(draft, days));
        dialog.open();
        return dialog;
    }

    static PrivateLinkCommand command(OrderDraftContent draft, int validDays) {
        return new PrivateLinkCommand(blankToNull(draft.recipientName()), blankToNull(draft.recipientPhone()),
                draft.shipTo(), draft.lines().stream().map(l -> new PrivateLinkCommand.Line(l.productId(), l.quantity(),
                        l.unitPrice())).toList(), draft.discount(), draft.shippingCost(),
                Math.addExact(draft.otherFee(), draft.insurance()), draft.uniqueCode(), draft.courier(),
                draft.courierService(), draft.note(), validDays);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
