package id.orderan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.StockMovementRow;
import id.orderan.catalog.StockReason;
import java.util.function.Consumer;

/**
 * Stok masuk, Koreksi hitung or Rusak/hilang for one product. For a count the user types what is on
 * the shelf; the service works out the difference under a row lock.
 */
class StockMovementDialog extends Dialog {

    final IntegerField quantity = new IntegerField();
    final TextField note = new TextField();
    final Button save;

    StockMovementDialog(ProductService products, ProductRow product, StockReason reason,
            Consumer<StockMovementRow> onSaved) {
        setHeaderTitle(getTranslation("stock.dialog.title", getTranslation(reason.labelKey()), product.name()));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(28rem, 100vw)");
        quantity.setLabel(getTranslation(reason == StockReason.KOREKSI_HITUNG ? "stock.dialog.counted"
                : "stock.dialog.quantity"));
        quantity.setMin(reason == StockReason.KOREKSI_HITUNG ? 0 : 1);
        quantity.setStepButtonsVisible(true);
        quantity.setId("stock-quantity");
        note.setLabel(getTranslation("stock.dialog.note"));
        note.setMaxLength(500);
        note.setId("stock-note");
        var form = new FormLayout(quantity, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("stock.dialog.current", product.stock())), form);

        save = Forms.primary(getTranslation("action.save"));
        save.setId("stock-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                save(products, product, reason, onSaved);
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void save(ProductService products, ProductRow product, StockReason reason,
            Consumer<StockMovementRow> onSaved) {
        if (quantity.getValue() == null) {
            quantity.setInvalid(true);
            quantity.setErrorMessage(getTranslation("product.form.required"));
            return;
        }
        int value = quantity.getValue();
        StockMovementRow saved = Forms.attempt(this, () -> switch (reason) {
            case STOK_MASUK -> products.receive(product.id(), value, note.getValue());
            case RUSAK_HILANG -> products.writeOff(product.id(), value, note.getValue());
            case KOREKSI_HITUNG -> products.recordCount(product.id(), value, note.getValue());
            default -> throw new IllegalArgumentException("Orders record their own movements: " + reason);
        });
        if (saved != null) {
            Notifications.success(getTranslation("stock.saved", product.name(), saved.stockAfter()));
            close();
            onSaved.accept(saved);
        }
    }
}
