package id.orderan.order;

import id.orderan.base.Address;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order the buyer places on a storefront page (an order form or a private link), with every
 * amount already computed on the server by the storefront from the form's or the link's settings:
 * nothing here comes from the browser but the buyer's own details and choices.
 *
 * @param key          the one-time key of the rendered form (decision 0134): the same key is the same order
 * @param reviewReason why the storefront's checks want staff to look ("perlu dicek"); null when none
 * @param shippingToConfirm the buyer saw a total without ongkir ("ongkir dikonfirmasi admin")
 */
public record BuyerPlacement(
        String key,
        OrderSource source,
        String name,
        String phone,
        @Nullable String email,
        Address address,
        List<Line> lines,
        long discount,
        long shippingCost,
        long otherFee,
        int uniqueCode,
        @Nullable String courier,
        @Nullable String courierService,
        @Nullable String note,
        @Nullable String reviewReason,
        boolean shippingToConfirm) {

    /** A line at the price the storefront decided (the form's price or the link's customer price). */
    public record Line(long productId, int quantity, long unitPrice) {}

    public BuyerPlacement {
        lines = List.copyOf(lines);
    }

    CreateOrderCommand command(long customerId) {
        return new CreateOrderCommand(customerId, source,
                lines.stream().map(l -> new CreateOrderCommand.Line(l.productId(), l.quantity(), l.unitPrice())).toList(),
                discount, shippingCost, 0, otherFee, uniqueCode, note, courier, courierService, null, null, false);
    }
}
