package id.orderan.order;

import id.orderan.customer.CustomerCategory;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of List Order: only the columns the grid shows. {@code grandTotal} is null for users who
 * may not see money (the warehouse); {@code statusReason} explains a cancel or retur;
 * {@code codAmount} is what the courier collects on a COD order (0 once collected, cancelled or
 * returned; null when the order is not COD): the one amount every role sees. {@code needsReview} is
 * the storefront's "perlu dicek" flag, {@code reviewReason} why (decision 0147).
 * {@code shippingToConfirm}: an order form left the ongkir to the admin, who has not set it yet.
 */
public record OrderRow(
        long id,
        String orderNumber,
        Instant createdAt,
        @Nullable Long grandTotal,
        OrderStatus status,
        OrderSource source,
        String customerName,
        CustomerCategory customerCategory,
        @Nullable String customerPhone,
        @Nullable String statusReason,
        boolean hasEmail,
        List<ProductQuantity> products,
        @Nullable Long codAmount,
        boolean needsReview,
        @Nullable String reviewReason,
        boolean shippingToConfirm) {

    public record ProductQuantity(String name, int quantity) {}

    public boolean cod() {
        return codAmount != null;
    }
}
