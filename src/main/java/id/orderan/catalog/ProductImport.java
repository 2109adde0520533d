package id.orderan.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One row of a product file, read and checked. {@code null} means the cell was blank or the column
 * is not in the file: a new product gets the default (no barcode, weight 0, shown on order forms,
 * active), an existing product keeps what it has. So a file with only SKU, Nama and Harga updates
 * prices and names and touches nothing else.
 *
 * @param sku normalised (upper case), the match key
 * @param openingStock new products only (a STOK_MASUK movement); ignored for an existing product,
 *     whose stock changes only through movements
 */
public record ProductImport(String sku, String name, long price, @Nullable Integer weightGrams,
        @Nullable String barcode, @Nullable String location, @Nullable Integer lowStockThreshold,
        @Nullable Boolean showOnOrderForm, @Nullable Boolean active, @Nullable Integer openingStock) {

    /** The product to create: blanks take the defaults of a new product. */
    public ProductCommand forCreate() {
        return new ProductCommand(sku, name, price, or(weightGrams, 0), barcode, location, or(lowStockThreshold, 0),
                or(showOnOrderForm, true), or(active, true), or(openingStock, 0));
    }

    /** The existing product with this row's values; blanks keep what it has, stock is not touched. */
    public ProductCommand over(ProductRow existing) {
        return new ProductCommand(sku, name, price, or(weightGrams, existing.weightGrams()),
                barcode == null ? existing.barcode() : barcode, location == null ? existing.location() : location,
                or(lowStockThreshold, existing.lowStockThreshold()), or(showOnOrderForm, existing.showOnOrderForm()),
                or(active, existing.active()), 0);
    }

    private static <V> V or(@Nullable V value, V otherwise) {
        return value == null ? otherwise : value;
    }
}
