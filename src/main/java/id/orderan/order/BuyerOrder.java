package id.orderan.order;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the buyer may see of their own order on {@code /o/{token}}: no internal ids, no staff names,
 * no notes staff wrote, nothing of other orders (decision 0130).
 *
 * @param paidAt when the payment was accepted (the first move to Sedang Diproses)
 * @param confirmedAt when a payment confirmation arrived (the first move to Konfirmasi)
 * @param remaining what is still to transfer (0 once paid; the courier collects it on COD)
 * @param shipment the parcel once a resi was entered (contributed by shipping), else null
 */
public record BuyerOrder(String orderNumber, OrderStatus status, Instant createdAt, @Nullable Instant confirmedAt,
        @Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant closedAt, List<Line> lines,
        long subtotal, long discount, long shippingCost, long insurance, long otherFee, int uniqueCode,
        long grandTotal, long amountPaid, long remaining, boolean cod, @Nullable String courier,
        @Nullable String courierService, String recipientName, String shipTo, @Nullable BuyerShipment shipment) {

    public BuyerOrder {
        lines = List.copyOf(lines);
    }

    public record Line(String productName, int quantity, long unitPrice, long total) {}

    /** Unpaid and not cash on delivery: the page shows how to pay. */
    public boolean awaitsTransfer() {
        return status.isUnpaid() && !cod && remaining > 0;
    }
}
