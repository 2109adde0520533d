package id.orderan.catalog.ui;

import id.orderan.catalog.ProductCommand;
import id.orderan.catalog.ProductRow;
import java.util.Objects;

/** The Binder's mutable bean behind {@link ProductFormDialog}; the service gets an immutable command. */
final class ProductForm {

    String sku = "";
    String name = "";
    Long price = 0L;
    Integer weightGrams = 0;
    String barcode = "";
    String location = "";
    Integer lowStockThreshold = 0;
    boolean showOnOrderForm = true;
    boolean active = true;
    Integer openingStock = 0;

    static ProductForm of(ProductRow row) {
        var form = new ProductForm();
        form.sku = row.sku();
        form.name = row.name();
        form.price = Objects.requireNonNullElse(row.price(), 0L);
        form.weightGrams = row.weightGrams();
        form.barcode = Objects.requireNonNullElse(row.barcode(), "");
        form.location = Objects.requireNonNullElse(row.location(), "");
        form.lowStockThreshold = row.lowStockThreshold();
        form.showOnOrderForm = row.showOnOrderForm();
        form.active = row.active();
        return form;
    }

    ProductCommand toCommand() {
        return new ProductCommand(sku, name, price, weightGrams, barcode, location, lowStockThreshold, showOnOrderForm,
                active, openingStock);
    }
}
