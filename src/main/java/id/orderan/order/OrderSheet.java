package id.orderan.order;

import id.orderan.base.Address;
import id.orderan.customer.CustomerCategory;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One order as a staff screen or a label shows it, read for a role. Money is in it only for the roles
 * that may see money: for the warehouse {@link #totals()} and every line's prices are null, and the one
 * amount left is {@link #codToCollect()}, what the courier collects on a COD parcel.
 *
 * @param id the order's database id (for the timeline and the contributions of other features)
 * @param shippingToConfirm an order form left the ongkir to the admin, who has not set it yet
 * @see <a href="../../../../../../docs/decisions/0071-warehouse-reads-without-money.md">0071 warehouse reads</a>
 */
public record OrderSheet(long id, String orderNumber, OrderStatus status, OrderSource source, Instant createdAt,
        String customerName, CustomerCategory customerCategory, @Nullable String customerPhone,
        @Nullable String customerEmail, String recipientName, @Nullable String recipientPhone, Address shippingAddress,
        @Nullable String senderName, @Nullable String senderPhone, @Nullable String courier,
        @Nullable String courierService, @Nullable String note, boolean cod, @Nullable Long codToCollect,
        List<Line> lines, @Nullable Totals totals, boolean shippingToConfirm) {

    /** {@code unitPrice} and {@code lineTotal}: null for the warehouse. */
    public record Line(@Nullable Long productId, String productName, String sku, int quantity,
            @Nullable Long unitPrice, @Nullable Long lineTotal) {}

    public record Totals(long subtotal, long discount, long shippingCost, long insurance, long otherFee,
            int uniqueCode, long grandTotal, long amountPaid, long remaining) {}

    /**
     * The sheet of an order read by a caller who is allowed to read it.
     *
     * @param money whether the reader may see money (ADMIN, CS); the COD amount to collect is always kept
     */
    public static OrderSheet of(SalesOrder order, boolean money) {
        List<Line> lines = order.getLines().stream().map(l -> new Line(l.getProductId(), l.getProductName(), l.getSku(),
                l.getQuantity(), money ? l.getUnitPrice() : null, money ? l.lineTotal() : null)).toList();
        Totals totals = money ? new Totals(order.getSubtotal(), order.getDiscount(), order.getShippingCost(),
                order.getInsurance(), order.getOtherFee(), order.getUniqueCode(), order.getGrandTotal(),
                order.getAmountPaid(), order.remaining()) : null;
        return new OrderSheet(order.getId(), order.getOrderNumber(), order.getStatus(), order.getSource(),
                order.getCreatedAt(), order.getCustomerName(), order.getCustomerCategory(), order.getCustomerPhone(),
                order.getCustomerEmail(), order.getRecipientName(), order.getRecipientPhone(),
                order.getShippingAddress(), order.getSenderName(), order.getSenderPhone(), order.getCourier(),
                order.getCourierService(), order.getNote(), order.isCod(),
                order.isCod() ? order.codToCollect() : null, lines, totals, order.isShippingToConfirm());
    }
}
