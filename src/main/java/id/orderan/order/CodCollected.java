package id.orderan.order;

import java.time.Instant;

/**
 * A COD order was delivered and the courier collected {@code amount} (what was left to pay): published
 * inside the delivery's transaction, so the payment feature records the payment in it too.
 */
public record CodCollected(long orderId, String orderNumber, long amount, String collectedBy, Instant at) {}
