package id.orderan.catalog;

import id.orderan.base.Labelled;
import java.util.Locale;

/**
 * What the Produk list shows: a search (SKU or barcode prefix, or words of the name, as typed),
 * active or archived products, and optionally only those at or below their low-stock threshold.
 */
public record ProductFilter(String search, Status status, boolean lowStockOnly) {

    public enum Status implements Labelled {
        AKTIF, DIARSIPKAN, SEMUA;

        @Override
        public String labelKey() {
            return "products.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    public static ProductFilter active() {
        return new ProductFilter("", Status.AKTIF, false);
    }
}
