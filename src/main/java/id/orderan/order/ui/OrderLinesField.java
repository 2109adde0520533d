package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import java.util.ArrayList;
import java.util.List;

/**
 * The products of the order form as one field of the form's {@code Binder}: one row per line with
 * product, quantity, price (prefilled from the product, editable), stock and line total.
 */
class OrderLinesField extends CustomField<List<OrderDraft.Line>> {

    private final ProductService products;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<LineRow> lines = new ArrayList<>();
    private final Button addLine = new Button();
    private boolean linesLocked;
    private boolean pricesLocked;

    OrderLinesField(ProductService products) {
        this.products = products;
        rows.setPadding(false);
        rows.setSpacing(false);
        addLine.setText(getTranslation("order.form.add-line"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLine.addClickListener(e -> {
            addRow(OrderDraft.Line.empty());
            updateValue();
        });
        var section = new VerticalLayout(new H3(getTranslation("order.form.products")), rows, addLine);
        section.setPadding(false);
        add(section);
    }

    @Override
    protected List<OrderDraft.Line> generateModelValue() {
        return lines.stream().map(LineRow::line).toList();
    }

    @Override
    protected void setPresentationValue(List<OrderDraft.Line> value) {
        lines.clear();
        rows.removeAll();
        value.forEach(this::addRow);
    }

    /** What the order's status still lets staff change ({@link id.orderan.order.OrderEditPolicy}). */
    void lock(boolean linesLocked, boolean pricesLocked) {
        this.linesLocked = linesLocked;
        this.pricesLocked = pricesLocked;
        lines.forEach(LineRow::applyLocks);
        addLine.setVisible(!linesLocked);
    }

    private void addRow(OrderDraft.Line line) {
        var row = new LineRow(lines.size(), line);
        lines.add(row);
        rows.add(row);
    }

    private final class LineRow extends FlexLayout {
        final ComboBox<ProductRow> product = new ComboBox<>();
        final IntegerField quantity = new IntegerField();
        final RupiahField unitPrice = new RupiahField();
        final Span stock = new Span();
        final Span lineTotal = new Span();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        LineRow(int index, OrderDraft.Line line) {
            addClassName("orderan-line");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            product.setId("line-product-" + index);
            product.setLabel(getTranslation("order.form.product"));
            product.setItems(query -> products.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                    .stream().skip(query.getOffset()));
            product.setItemLabelGenerator(p -> p.name() + " · " + p.sku());
            product.setWidth("min(24rem, 100%)");
            product.setValue(line.product());
            quantity.setId("line-quantity-" + index);
            quantity.setLabel(getTranslation("order.form.quantity"));
            quantity.setMin(1);
            quantity.setValue(line.quantity());
            quantity.setStepButtonsVisible(true);
            quantity.setWidth("8rem");
            quantity.setValueChangeMode(ValueChangeMode.EAGER);
            unitPrice.setId("line-price-" + index);
            unitPrice.setLabel(getTranslation("order.form.unit-price"));
            unitPrice.setWidth("11rem");
            unitPrice.setValue(line.unitPrice());
            stock.addClassName("orderan-line__stock");
            lineTotal.addClassName("orderan-line__total");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("order.form.remove-line"));
            showProduct();

            product.addValueChangeListener(e -> {
                // a product picked by staff brings its price; a stored line keeps the price it was sold at
                if (e.getValue() != null && (e.isFromClient() || unitPrice.amount() == 0)) {
                    unitPrice.setValue(e.getValue().price());
                }
                changed();
            });
            quantity.addValueChangeListener(e -> changed());
            unitPrice.addValueChangeListener(e -> changed());
            remove.addClickListener(e -> {
                lines.remove(this);
                rows.remove(this);
                updateValue();
            });
            add(product, quantity, unitPrice, stock, lineTotal, remove);
            getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
            applyLocks();
        }

        OrderDraft.Line line() {
            return new OrderDraft.Line(product.getValue(), quantity.getValue() == null ? 0 : quantity.getValue(),
                    unitPrice.getValue());
        }

        private void changed() {
            showProduct();
            updateValue();
        }

        private void showProduct() {
            ProductRow picked = product.getValue();
            stock.setText(picked == null ? "" : getTranslation("order.form.stock", picked.stock()));
            lineTotal.setText(Rupiah.format(line().total()));
        }

        void applyLocks() {
            product.setReadOnly(linesLocked);
            quantity.setReadOnly(linesLocked);
            unitPrice.setReadOnly(pricesLocked);
            remove.setVisible(!linesLocked);
        }
    }
}
