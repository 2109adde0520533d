package id.orderan.order;

/** Published after an order is saved (listeners use it to refresh lists and counts). */
public record OrderCreated(long orderId, String orderNumber, OrderStatus status) {}
