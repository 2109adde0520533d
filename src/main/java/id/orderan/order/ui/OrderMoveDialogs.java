package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.UiErrorHandler;
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
            try {
                if (retur) {
                    orders.retur(orderNumbers, reason, restock);
                } else {
                    orders.cancel(orderNumbers, reason);
                }
                Notifications.success(UI.getCurrent().getTranslation(retur ? "retur.done" : "cancel.done",
                        orderNumbers.size()));
                refresh.run();
                return true;
            } catch (BusinessException e) {
                Notifications.error(UI.getCurrent().getTranslation(e.messageKey(),
                        translated(e.args())));
                return false;
            }
        });
        dialog.open();
        return dialog;
    }

    /** "Proses COD": one click, like Sudah Diterima; the service refuses an order that is not COD. */
    void processCod(String orderNumber, Runnable refresh) {
        try {
            orders.processCod(orderNumber);
            Notifications.success(UI.getCurrent().getTranslation("cod.processed", orderNumber));
            refresh.run();
        } catch (BusinessException e) {
            Notifications.error(UI.getCurrent().getTranslation(e.messageKey(), translated(e.args())));
        }
    }

    /** "COD ditolak" asks first: the order leaves for Retur and its stock goes back, no undo. */
    Dialog codRefusedDialog(String orderNumber, Runnable refresh) {
        Dialog dialog = Forms.dialog(UI.getCurrent().getTranslation("cod.refused.title", orderNumber));
        dialog.add(new Paragraph(UI.getCurrent().getTranslation("cod.refused.text")));
        Button confirm = Forms.primary(UI.getCurrent().getTranslation("cod.refused.confirm"));
        confirm.setId("cod-refused-confirm");
        confirm.addClickListener(e -> {
            try {
                orders.codRefused(orderNumber);
                dialog.close();
                Notifications.success(UI.getCurrent().getTranslation("cod.refused.done", orderNumber));
                refresh.run();
            } catch (BusinessException ex) {
                Notifications.error(UI.getCurrent().getTranslation(ex.messageKey(), translated(ex.args())));
            }
        });
        Button cancel = Forms.secondary(UI.getCurrent().getTranslation("action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    private static Object[] translated(Object[] args) {
        return UiErrorHandler.translatedArgs(UI.getCurrent(), args);
    }
}
