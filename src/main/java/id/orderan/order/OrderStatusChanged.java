package id.orderan.order;

import org.jspecify.annotations.Nullable;

/** Published whenever an order moves to another status. */
public record OrderStatusChanged(long orderId, String orderNumber, @Nullable OrderStatus from, OrderStatus to,
        String changedBy) {}
