package id.orderan.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What goes in one parcel, printed to pack by and to put in the box: the items with their racks and
 * the order's Code128 (the scan-to-pack station reads it). No money, but the COD amount to collect.
 *
 * @param courier the courier's name (and service) as the label prints it
 * @param codAmount formatted, null when nothing is collected
 */
public record Packlist(String orderNumber, String orderDate, @Nullable String courier, String recipientName,
        String city, List<Item> items, int totalQuantity, @Nullable String codAmount, @Nullable String note) {

    public record Item(String sku, String name, @Nullable String location, int quantity) {}
}
