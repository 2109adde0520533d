package id.orderan.storefront.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.RupiahField;
import id.orderan.order.Courier;
import id.orderan.storefront.ShippingRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The form's shipping rows as one field of the editor's {@code Binder}: courier, service and cost;
 * for the province table also the province (blank: every other province); for "ongkir dikonfirmasi
 * admin" no cost (the couriers offered only).
 */
class ShippingRowsField extends CustomField<List<FormDraft.Shipping>> {

    private final VerticalLayout rows = new VerticalLayout();
    final List<Row> lines = new ArrayList<>();
    final Button addRow = new Button();
    private ShippingRule rule = ShippingRule.FLAT;
    private List<Courier> couriers = List.of();

    ShippingRowsField() {
        rows.setPadding(false);
        rows.setSpacing(false);
        addRow.setId("form-shipping-add");
        addRow.setText(getTranslation("order-form.shipping.add"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow.addClickListener(e -> {
            addRow(new FormDraft.Shipping("", null, "", null));
            updateValue();
        });
        var section = new VerticalLayout(rows, addRow);
        section.setPadding(false);
        add(section);
    }

    /** The couriers rows offer: the active ones (a row keeps its own courier if deactivated since). */
    void couriers(List<Courier> active) {
        this.couriers = List.copyOf(active);
    }

    /** Shows the columns the rule uses. */
    void rule(ShippingRule value) {
        this.rule = value;
        setVisible(value.hasRows());
        lines.forEach(Row::columns);
    }

    @Override
    protected List<FormDraft.Shipping> generateModelValue() {
        return lines.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<FormDraft.Shipping> value) {
        lines.clear();
        rows.removeAll();
        value.forEach(this::addRow);
    }

    private void addRow(FormDraft.Shipping shipping) {
        var row = new Row(lines.size(), shipping);
        lines.add(row);
        rows.add(row);
    }

    final class Row extends FlexLayout {
        final TextField province = new TextField();
        final ComboBox<Courier> courier = new ComboBox<>();
        final TextField service = new TextField();
        final RupiahField cost = new RupiahField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(int index, FormDraft.Shipping shipping) {
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
            province.setId("form-shipping-province-" + index);
            province.setLabel(getTranslation("order-form.shipping.province"));
            province.setPlaceholder(getTranslation("order-form.shipping.province.placeholder"));
            province.setMaxLength(80);
            province.setValue(shipping.province());
            courier.setId("form-shipping-courier-" + index);
            courier.setLabel(getTranslation("order-form.shipping.courier"));
            List<Courier> items = new ArrayList<>(couriers);
            if (shipping.courier() != null && !items.contains(shipping.courier())) {
                items.add(shipping.courier());
            }
            courier.setItems(items);
            courier.setItemLabelGenerator(Courier::label);
            courier.setValue(shipping.courier());
            courier.setWidth("12rem");
            service.setId("form-shipping-service-" + index);
            service.setLabel(getTranslation("order-form.shipping.service"));
            service.setPlaceholder("REG");
            service.setMaxLength(60);
            service.setWidth("8rem");
            service.setValue(shipping.service());
            cost.setId("form-shipping-cost-" + index);
            cost.setLabel(getTranslation("order-form.shipping.cost"));
            cost.setWidth("10rem");
            cost.setValue(shipping.cost());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("order-form.shipping.remove"));
            remove.addClickListener(e -> {
                lines.remove(this);
                rows.remove(this);
                updateValue();
            });
            province.addValueChangeListener(e -> updateValue());
            courier.addValueChangeListener(e -> updateValue());
            service.addValueChangeListener(e -> updateValue());
            cost.addValueChangeListener(e -> updateValue());
            add(province, courier, service, cost, remove);
            columns();
        }

        void columns() {
            province.setVisible(rule == ShippingRule.PROVINCE);
            cost.setVisible(rule.charged());
        }

        FormDraft.Shipping value() {
            return new FormDraft.Shipping(province.getValue(), courier.getValue(), service.getValue(), cost.getValue());
        }
    }
}
