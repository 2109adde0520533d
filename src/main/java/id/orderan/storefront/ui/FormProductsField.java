package id.orderan.storefront.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The products a form offers, as one field of the editor's {@code Binder}: pick from the catalog, then
 * per product the catalog price or a form price (empty = as listed).
 */
class FormProductsField extends CustomField<List<FormDraft.Product>> {

    final ComboBox<ProductRow> picker = new ComboBox<>();
    private final VerticalLayout rows = new VerticalLayout();
    final List<Row> lines = new ArrayList<>();

    FormProductsField(ProductService products) {
        rows.setPadding(false);
        rows.setSpacing(false);
        picker.setId("form-product-picker");
        picker.setLabel(getTranslation("order-form.add-product"));
        picker.setItems(query -> products.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        picker.setItemLabelGenerator(p -> p.name() + " · " + p.sku());
        picker.setHelperText(getTranslation("order-form.add-product.helper"));
        picker.setWidth("min(24rem, 100%)");
        picker.addValueChangeListener(e -> {
            ProductRow picked = e.getValue();
            if (picked != null) {
                if (lines.stream().noneMatch(l -> l.product.id() == picked.id())) {
                    addRow(new FormDraft.Product(picked, null));
                    updateValue();
                }
                picker.clear();
            }
        });
        var section = new VerticalLayout(rows, picker);
        section.setPadding(false);
        add(section);
    }

    @Override
    protected List<FormDraft.Product> generateModelValue() {
        return lines.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<FormDraft.Product> value) {
        lines.clear();
        rows.removeAll();
        value.stream().filter(p -> p.product() != null).forEach(this::addRow);
    }

    private void addRow(FormDraft.Product product) {
        var row = new Row(Objects.requireNonNull(product.product()), product.formPrice());
        lines.add(row);
        rows.add(row);
    }

    final class Row extends FlexLayout {
        final ProductRow product;
        final RupiahField formPrice = new RupiahField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(ProductRow product, @Nullable Long price) {
            this.product = product;
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
            var name = new Span(product.name());
            name.setWidth("14rem");
            var listed = new Span(getTranslation("order-form.catalog-price",
                    product.price() == null ? "" : Rupiah.format(product.price())));
            formPrice.setLabel(getTranslation("order-form.form-price"));
            formPrice.setId("form-product-price-" + product.id());
            formPrice.setWidth("11rem");
            formPrice.setValue(price);
            formPrice.addValueChangeListener(e -> updateValue());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("order-form.remove-product"));
            remove.addClickListener(e -> {
                lines.remove(this);
                rows.remove(this);
                updateValue();
            });
            add(name, listed, formPrice, remove);
        }

        FormDraft.Product value() {
            return new FormDraft.Product(product, formPrice.getValue());
        }
    }
}
