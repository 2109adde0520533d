package id.orderan.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a product's stock history: signed quantity, the stock it left, why, who and when. */
public record StockMovementRow(long id, long productId, int quantity, int stockAfter, StockReason reason,
        @Nullable String orderNumber, @Nullable String note, String createdBy, Instant createdAt) {}
