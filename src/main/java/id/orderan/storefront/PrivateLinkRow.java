package id.orderan.storefront;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A private link as staff see it (list, dialog): status, who made it, for whom, the total, until when,
 * and the order it became. {@code url} is the absolute address to send.
 */
public record PrivateLinkRow(String token, String url, PrivateLinkStatus status, String createdBy,
        Instant createdAt, @Nullable String recipientName, @Nullable String recipientPhone, long grandTotal,
        Instant expiresAt, @Nullable String orderNumber, List<Item> items, long version) {

    public record Item(String productName, int quantity, long unitPrice) {}

    public PrivateLinkRow {
        items = List.copyOf(items);
    }
}
