package id.orderan.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A product as screens and other features read it. {@code price} is null for callers who may not
 * see money (GUDANG): the service masks it, so no screen can show it by mistake.
 */
public record ProductRow(long id, String sku, String name, @Nullable Long price, int weightGrams, int stock,
        @Nullable String barcode, @Nullable String location, int lowStockThreshold, boolean showOnOrderForm,
        boolean active, long version, @Nullable String updatedBy) {

    public boolean lowStock() {
        return stock <= lowStockThreshold;
    }

    ProductRow withoutPrice() {
        return new ProductRow(id, sku, name, null, weightGrams, stock, barcode, location, lowStockThreshold,
                showOnOrderForm, active, version, updatedBy);
    }

    /** The same values as a command, for an edit form or an export. */
    public ProductCommand toCommand() {
        return new ProductCommand(sku, name, price == null ? 0 : price, weightGrams, barcode, location, lowStockThreshold,
                showOnOrderForm, active, 0);
    }
}
