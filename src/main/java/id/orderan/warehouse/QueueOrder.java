package id.orderan.warehouse;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One order in a Gudang queue, as a card shows it. No money: the one amount is what the courier
 * collects on a COD parcel.
 *
 * @param courier the courier's code (the order's choice; for Siap diserahkan the one carrying it)
 * @param codToCollect null unless a COD parcel has something to collect
 * @param resi the tracking number, for Siap diserahkan
 */
public record QueueOrder(long id, String orderNumber, Instant createdAt, @Nullable String courier,
        @Nullable String courierService, String recipientName, @Nullable String city, List<Item> items,
        @Nullable Long codToCollect, @Nullable Instant packedAt, @Nullable String resi, @Nullable Instant shippedAt) {

    public record Item(String sku, int quantity) {}

    public int totalQuantity() {
        return items.stream().mapToInt(Item::quantity).sum();
    }

    QueueOrder withItems(List<Item> lines) {
        return new QueueOrder(id, orderNumber, createdAt, courier, courierService, recipientName, city, lines,
                codToCollect, packedAt, resi, shippedAt);
    }
}
