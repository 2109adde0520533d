package id.orderan.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A product as staff (or an import file) describe it; {@link ProductService} validates and
 * normalises every field and refuses with a translated message.
 *
 * @param sku unique code; trimmed and upper-cased, 2–40 letters, digits or dashes
 * @param name 1–160 characters
 * @param price rupiah, ≥ 0
 * @param weightGrams packed weight in grams, ≥ 0 (labels and shipping)
 * @param barcode optional; all digits of length 8/12/13 must be a valid EAN-8/UPC-A/EAN-13 (check
 *     digit), anything else is the seller's own code (upper-cased letters, digits, dashes); unique
 * @param location optional rack/bin, free text up to 40 characters (the picklist prints it)
 * @param lowStockThreshold ≥ 0; the product counts as "stok menipis" when stock ≤ this
 * @param showOnOrderForm buyers may pick it on the public order forms
 * @param active false = archived: hidden from Tambah Order, kept on old orders
 * @param openingStock create only: recorded as a STOK_MASUK movement; ignored by update (stock
 *     changes only through movements)
 */
public record ProductCommand(String sku, String name, long price, int weightGrams, @Nullable String barcode,
        @Nullable String location, int lowStockThreshold, boolean showOnOrderForm, boolean active, int openingStock) {

    /** The common case: an active product with no barcode, no location and no low-stock warning. */
    public static ProductCommand of(String sku, String name, long price, int weightGrams, int openingStock) {
        return new ProductCommand(sku, name, price, weightGrams, null, null, 0, true, true, openingStock);
    }
}
