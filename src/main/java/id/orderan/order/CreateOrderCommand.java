package id.orderan.order;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new order, or the new content of an order being edited. Unit prices may be overridden per line
 * (a negotiated price); when absent the product's current price is used.
 */
public record CreateOrderCommand(
        long customerId,
        OrderSource source,
        List<Line> lines,
        long discount,
        long shippingCost,
        long insurance,
        long otherFee,
        int uniqueCode,
        @Nullable String note,
        @Nullable String courier,
        @Nullable String courierService,
        @Nullable String senderName,
        @Nullable String senderPhone,
        boolean cod) {

    public record Line(long productId, int quantity, @Nullable Long unitPrice) {}

    public CreateOrderCommand(long customerId, OrderSource source, List<Line> lines, long discount, long shippingCost,
            long insurance, long otherFee, int uniqueCode, @Nullable String note) {
        this(customerId, source, lines, discount, shippingCost, insurance, otherFee, uniqueCode, note, null, null, null,
                null, false);
    }

    public static CreateOrderCommand simple(long customerId, OrderSource source, List<Line> lines) {
        return new CreateOrderCommand(customerId, source, lines, 0, 0, 0, 0, 0, null);
    }
}
