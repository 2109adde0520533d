package id.orderan.order.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.RecordNotFound;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** An order number in a link that names no order: "Order tidak ditemukan", back to List Order. */
final class OrderNotFound {

    private OrderNotFound() {}

    /**
     * The order the link names (as {@code lookup} reads it), or {@code null} after rerouting to the not-found page (HTTP 404)
     * instead of letting the lookup end on Vaadin's exception page.
     */
    static <T> @Nullable T find(BeforeEnterEvent event, String number, Function<String, T> lookup) {
        try {
            return lookup.apply(number);
        } catch (BusinessException e) {
            if (!"error.order.not-found".equals(e.messageKey())) {
                throw e;
            }
            event.rerouteToError(new RecordNotFound("notfound.order.title", "notfound.order.text", number, "orders",
                    "notfound.back.orders"), "");
            return null;
        }
    }
}
