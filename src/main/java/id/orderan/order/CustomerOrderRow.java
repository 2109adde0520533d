package id.orderan.order;

import java.time.Instant;

/** One line of a customer's orders on their detail page. */
public record CustomerOrderRow(String orderNumber, OrderStatus status, Instant createdAt, long grandTotal) {}
