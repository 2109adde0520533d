package id.orderan.order;

import java.util.Objects;

/**
 * What the buyer learns about the order they placed: its number, the secret of its page, and the
 * amount to transfer. {@code firstTime} is false when the same placement key came again (a double tap,
 * a refresh, a retry): the storefront then shows the same thank-you page.
 */
public record PlacedOrder(String orderNumber, String buyerToken, long grandTotal, int uniqueCode,
        boolean shippingToConfirm, boolean firstTime) {

    static PlacedOrder of(SalesOrder order, boolean firstTime) {
        return new PlacedOrder(order.getOrderNumber(), Objects.requireNonNull(order.getBuyerToken()),
                order.getGrandTotal(), order.getUniqueCode(), order.isShippingToConfirm(), firstTime);
    }
}
