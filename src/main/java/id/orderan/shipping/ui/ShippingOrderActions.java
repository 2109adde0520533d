package id.orderan.shipping.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.order.OrderActionContext;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.ui.BulkOrderAction;
import id.orderan.order.ui.OrderAction;
import id.orderan.shipping.ShippingService;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the shipping feature adds to the order screens: Input resi, and Sudah Diterima for one order or
 * the ticked ones.
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
final class ShippingOrderActions {

    private ShippingOrderActions() {
    }

    /** Also for correcting the resi of a parcel on its way: the warehouse may do that. */
    @Component
    static class Resi implements OrderAction {

        private final ShippingService shipping;

        Resi(ShippingService shipping) {
            this.shipping = shipping;
        }

        @Override
        public String id() {
            return "resi";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.TRUCK;
        }

        @Override
        public int position() {
            return 70;
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return context.mayMove(OrderStatus.PROSES_PENGIRIMAN)
                    || (context.status() == OrderStatus.PROSES_PENGIRIMAN && context.mayShip());
        }

        @Override
        public Dialog open(OrderSheet order, Runnable refresh) {
            return new ResiDialog(shipping, order, refresh);
        }
    }

    /** One click, no dialog: the parcel arrived. */
    @Component
    static class Delivered implements OrderAction, BulkOrderAction {

        private final ShippingService shipping;

        Delivered(ShippingService shipping) {
            this.shipping = shipping;
        }

        @Override
        public String id() {
            return "delivered";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.HOME;
        }

        @Override
        public int position() {
            return 80;
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return context.mayMove(OrderStatus.SUKSES);
        }

        @Override
        public boolean allowed(boolean maySeeMoney, boolean mayShip) {
            return mayShip;
        }

        @Override
        public @Nullable Dialog open(OrderSheet order, Runnable refresh) {
            return open(List.of(order.orderNumber()), refresh);
        }

        @Override
        public @Nullable Dialog open(List<String> orderNumbers, Runnable refresh) {
            if (Forms.attempt(UI.getCurrent(), () -> { shipping.markDelivered(orderNumbers); })) {
                Notifications.success(UI.getCurrent().getTranslation("delivered.done", orderNumbers.size()));
                refresh.run();
            }
            return null;
        }
    }
}
