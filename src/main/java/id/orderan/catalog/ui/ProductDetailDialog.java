package id.orderan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.StockReason;

/**
 * One product: its details, the actions the role may take (stock movements, edit, archive, delete)
 * and its stock history. Re-reads the product after every action so versions and stock stay fresh.
 */
class ProductDetailDialog extends Dialog {

    final FlexLayout summary = new FlexLayout();
    final FlexLayout actions = new FlexLayout();
    final StockHistoryGrid history;
    private final ProductService products;
    private final long productId;
    private final ProductPermissions permissions;
    private final Runnable onChanged;

    ProductDetailDialog(ProductService products, long productId, ProductPermissions permissions, Runnable onChanged) {
        this.products = products;
        this.productId = productId;
        this.permissions = permissions;
        this.onChanged = onChanged;
        this.history = new StockHistoryGrid(products, productId);
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(60rem, 100vw)");
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.getStyle().set("gap", "var(--lumo-space-m)");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(summary, actions, new H3(getTranslation("product.history")), history);
        Button close = Forms.secondary(getTranslation("product.action.close"));
        close.addClickListener(e -> close());
        getFooter().add(close);
        reload();
    }

    private void reload() {
        ProductRow product = products.findById(productId)
                .orElseThrow(() -> new BusinessException("error.order.product-not-found", productId));
        setHeaderTitle(product.sku() + " · " + product.name());
        summary.removeAll();
        summary.add(new Span(getTranslation("product.detail.stock", product.stock())));
        if (permissions.seesPrices() && product.price() != null) {
            summary.add(new Span(getTranslation("product.detail.price", Rupiah.format(product.price()))));
        }
        summary.add(new Span(getTranslation("product.detail.weight", product.weightGrams())));
        if (product.location() != null) {
            summary.add(new Span(getTranslation("product.detail.location", product.location())));
        }
        if (product.barcode() != null) {
            summary.add(new Span(getTranslation("product.detail.barcode", product.barcode())));
        }
        summary.add(new Span(getTranslation("product.detail.threshold", product.lowStockThreshold())));
        actions.removeAll();
        if (permissions.movesStock()) {
            actions.add(stockButton(product, StockReason.STOK_MASUK, "stock-receive"),
                    stockButton(product, StockReason.KOREKSI_HITUNG, "stock-count"),
                    stockButton(product, StockReason.RUSAK_HILANG, "stock-write-off"));
        }
        if (permissions.manages()) {
            actions.add(editButton(product), archiveButton(product));
            if (!products.everOrdered(productId)) {
                actions.add(deleteButton(product));
            }
        }
    }

    private void changed() {
        reload();
        history.refresh();
        onChanged.run();
    }

    private Button stockButton(ProductRow product, StockReason reason, String id) {
        var button = new Button(getTranslation(reason.labelKey()));
        button.setId(id);
        button.addClickListener(e -> new StockMovementDialog(products, product, reason, saved -> changed()).open());
        return button;
    }

    private Button editButton(ProductRow product) {
        var button = new Button(getTranslation("product.action.edit"));
        button.setId("product-edit");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> new ProductFormDialog(products, product, permissions.seesPrices(),
                sku -> changed()).open());
        return button;
    }

    private Button archiveButton(ProductRow product) {
        var button = new Button(getTranslation(product.active() ? "product.action.archive" : "product.action.unarchive"));
        button.setId("product-archive");
        button.addClickListener(e -> {
            if (Forms.attempt(this, () -> products.setActive(productId, product.version(), !product.active())) != null) {
                Notifications.success(getTranslation(product.active() ? "product.archived" : "product.unarchived",
                        product.sku()));
                changed();
            }
        });
        return button;
    }

    private Button deleteButton(ProductRow product) {
        var button = new Button(getTranslation("product.action.delete"));
        button.setId("product-delete");
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> {
            if (Forms.attempt(this, () -> {
                products.delete(productId, product.version());
                return product;
            }) != null) {
                Notifications.success(getTranslation("product.deleted", product.sku()));
                close();
                onChanged.run();
            }
        });
        return button;
    }
}
