package id.orderan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Tambah/Ubah produk. The Binder checks what it can while typing; the service has the last word
 * (unique SKU and barcode, check digit, stale version) and its refusal keeps the dialog open with
 * everything typed. An edit carries the version it was opened at.
 */
class ProductFormDialog extends Dialog {

    final TextField sku = new TextField();
    final TextField name = new TextField();
    final RupiahField price = new RupiahField();
    final IntegerField weight = new IntegerField();
    final TextField barcode = new TextField();
    final TextField location = new TextField();
    final IntegerField threshold = new IntegerField();
    final IntegerField openingStock = new IntegerField();
    final Checkbox showOnOrderForm = new Checkbox();
    final Checkbox active = new Checkbox();
    final Button save;
    private final Binder<ProductForm> binder = new Binder<>();
    private final ProductForm form;

    ProductFormDialog(ProductService products, @Nullable ProductRow editing, boolean seesPrices,
            Consumer<String> onSaved) {
        setHeaderTitle(editing == null ? getTranslation("product.form.title.new")
                : getTranslation("product.form.title.edit", editing.sku()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(40rem, 100vw)");
        form = editing == null ? new ProductForm() : ProductForm.of(editing);

        sku.setLabel(getTranslation("product.form.sku"));
        sku.setHelperText(getTranslation("product.form.sku.helper"));
        sku.setId("product-sku");
        sku.setMaxLength(40);
        name.setLabel(getTranslation("product.form.name"));
        name.setId("product-name");
        name.setMaxLength(160);
        price.setLabel(getTranslation("product.form.price"));
        price.setId("product-price");
        price.setVisible(seesPrices); // only ADMIN opens this dialog; belt and braces
        weight.setLabel(getTranslation("product.form.weight"));
        weight.setId("product-weight");
        barcode.setLabel(getTranslation("product.form.barcode"));
        barcode.setHelperText(getTranslation("product.form.barcode.helper"));
        barcode.setId("product-barcode");
        location.setLabel(getTranslation("product.form.location"));
        location.setHelperText(getTranslation("product.form.location.helper"));
        location.setId("product-location");
        threshold.setLabel(getTranslation("product.form.threshold"));
        threshold.setId("product-threshold");
        openingStock.setLabel(getTranslation("product.form.opening-stock"));
        openingStock.setId("product-opening-stock");
        openingStock.setVisible(editing == null); // afterwards stock changes only through movements
        showOnOrderForm.setLabel(getTranslation("product.form.show-on-form"));
        active.setLabel(getTranslation("product.form.active"));

        String required = getTranslation("product.form.required");
        String notNegative = getTranslation("product.form.min-zero");
        binder.forField(sku).asRequired(required).bind(f -> f.sku, (f, v) -> f.sku = v);
        binder.forField(name).asRequired(required).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(price).asRequired(required).bind(f -> f.price, (f, v) -> f.price = v);
        binder.forField(weight).asRequired(required).withValidator(new IntegerRangeValidator(notNegative, 0, null))
                .bind(f -> f.weightGrams, (f, v) -> f.weightGrams = v);
        binder.forField(barcode).bind(f -> f.barcode, (f, v) -> f.barcode = v);
        binder.forField(location).bind(f -> f.location, (f, v) -> f.location = v);
        binder.forField(threshold).asRequired(required).withValidator(new IntegerRangeValidator(notNegative, 0, null))
                .bind(f -> f.lowStockThreshold, (f, v) -> f.lowStockThreshold = v);
        binder.forField(openingStock).asRequired(required).withValidator(new IntegerRangeValidator(notNegative, 0, null))
                .bind(f -> f.openingStock, (f, v) -> f.openingStock = v);
        binder.forField(showOnOrderForm).bind(f -> f.showOnOrderForm, (f, v) -> f.showOnOrderForm = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        binder.readBean(form);

        var layout = new FormLayout(sku, name, price, weight, barcode, location, threshold, openingStock,
                showOnOrderForm, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        layout.setColspan(name, 2);
        add(layout);

        save = Forms.primary(getTranslation("action.save"));
        save.setId("product-save");
        save.setDisableOnClick(true); // a double click never saves twice
        save.addClickListener(e -> {
            try {
                save(products, editing, onSaved);
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void save(ProductService products, @Nullable ProductRow editing, Consumer<String> onSaved) {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Object saved = Forms.attempt(this, () -> editing == null ? products.create(form.toCommand())
                : products.update(editing.id(), editing.version(), form.toCommand()));
        if (saved != null) {
            String savedSku = form.sku.trim().toUpperCase(Locale.ROOT);
            Notifications.success(getTranslation("product.saved", savedSku));
            close();
            onSaved.accept(savedSku);
        }
    }
}
