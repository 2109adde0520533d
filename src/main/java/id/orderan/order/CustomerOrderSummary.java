package id.orderan.order;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer's order count, order value (Cancel and Retur left out) and last order time. */
public record CustomerOrderSummary(long orderCount, long orderValue, @Nullable Instant lastOrderAt) {}
