package id.orderan.order;

/**
 * What the Aksi menu needs of an order to offer its actions, and nothing else: no lines, no money, so
 * every role may read it and it costs one indexed row, not the order with its lines.
 */
public record OrderHeading(String orderNumber, OrderStatus status, boolean cod) {}
