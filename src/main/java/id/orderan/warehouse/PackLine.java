package id.orderan.warehouse;

import org.jspecify.annotations.Nullable;

/**
 * One product of an order at the packing table (lines of the same SKU summed): what to take from which
 * rack, how many, how many were scanned. No price: the station shows none.
 *
 * @param sku      upper case, as scans are compared
 * @param barcode  the product's barcode from the catalog today, null when it has none
 * @param location the rack/bin from the catalog, null when not set
 */
public record PackLine(String sku, String productName, @Nullable String barcode, @Nullable String location,
        int quantity, int scanned) {

    public boolean complete() {
        return scanned >= quantity;
    }
}
