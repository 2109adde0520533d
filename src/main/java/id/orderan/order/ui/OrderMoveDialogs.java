package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.OrderService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The order screens' moves that ask first or report back: cancel and retur with a reason, Proses COD, COD ditolak. */
@Component
class OrderMoveDialogs {

    private final OrderService orders;

    OrderMoveDialogs(OrderService orders) {
        this.orders = orders;
    }

    ReasonDialog reasonDialog(boolean retur, List<String> orderNumbers, Runnable refresh) {
        var dialog = new ReasonDialog(retur, orderNumbers, (reason, restock) -> {
            boolean done = Forms.attempt(UI.getCurrent(), () -> {
                if (retur) {
                    orders.retur(orderNumbers, reason, restock);
                } else {
                    orders.cancel(orderNumbers, reason);
                }
            });
            if (done) {
                Notifications.success(UI.getCurrent().getTranslation(retur ? "retur.done" : "cancel.done",
                        orderNumbers.size()));
                refresh.run();
            }
            return done;
        });
        dialog.open();
        return dialog;
    }

    /** "Proses COD": one click, like Sudah Diterima; the service refuses an order that is not COD. */
    void processCod(String orderNumber, Runnable refresh) {
        if (Forms.attempt(UI.getCurrent(), () -> { orders.processCod(orderNumber); })) {
            Notifications.success(UI.getCurrent().getTranslation("cod.processed", orderNumber));
            refresh.run();
        }
    }

    /** "COD ditolak" asks first: the order leaves for Retur and its stock goes back, no undo. */
    Dialog codRefusedDialog(String orderNumber, Runnable refresh) {
        Dialog dialog = Forms.dialog(UI.getCurrent().getTranslation("cod.refused.title", orderNumber));
        dialog.add(new Paragraph(UI.getCurrent().getTranslation("cod.refused.text")));
        Button confirm = Forms.primary(UI.getCurrent().getTranslation("cod.refused.confirm"));
        confirm.setId("cod-refused-confirm");
        confirm.addClickListener(e -> {
            if (Forms.attempt(UI.getCurrent(), () -> { orders.codRefused(orderNumber); })) {
                dialog.close();
                Notifications.success(UI.getCurrent().getTranslation("cod.refused.done", orderNumber));
                refresh.run();
            }
        });
        Button cancel = Forms.secondary(UI.getCurrent().getTranslation("action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }
}
