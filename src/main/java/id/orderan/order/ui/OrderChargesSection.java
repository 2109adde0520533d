package id.orderan.order.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.orderan.base.ui.RupiahField;
import id.orderan.order.Courier;
import id.orderan.order.DiscountUnit;
import id.orderan.order.Pricing;
import id.orderan.order.SalesOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Discount, charges, unique transfer code, courier, COD and the note of the order form. */
class OrderChargesSection extends FormLayout {

    final RupiahField discount = new RupiahField();
    final RadioButtonGroup<DiscountUnit> discountUnit = new RadioButtonGroup<>();
    final RupiahField shippingCost = new RupiahField();
    final RupiahField insurance = new RupiahField();
    final RupiahField otherFee = new RupiahField();
    final Checkbox useUniqueCode = new Checkbox();
    final IntegerField uniqueCode = new IntegerField();
    final ComboBox<Courier> courier = new ComboBox<>();
    final TextField courierService = new TextField();
    final Checkbox cod = new Checkbox();
    final TextArea note = new TextArea();
    /** Staff picked or cleared the courier: a stored courier the picker does not list is kept otherwise. */
    private boolean courierTouched;

    OrderChargesSection() {
        discount.setLabel(getTranslation("order.form.discount"));
        discount.setId("order-discount");
        discountUnit.setId("order-discount-unit");
        discountUnit.setItems(DiscountUnit.values());
        discountUnit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        discountUnit.addValueChangeListener(e -> discount.setPrefixComponent(new Span(getTranslation(
                (e.getValue() == null ? DiscountUnit.RP : e.getValue()).labelKey()))));
        shippingCost.setLabel(getTranslation("order.form.shipping"));
        shippingCost.setId("order-shipping");
        insurance.setLabel(getTranslation("order.form.insurance"));
        insurance.setId("order-insurance");
        otherFee.setLabel(getTranslation("order.form.other-fee"));
        otherFee.setId("order-other-fee");
        useUniqueCode.setLabel(getTranslation("order.form.use-unique-code"));
        useUniqueCode.addValueChangeListener(e -> {
            uniqueCode.setEnabled(e.getValue());
            if (e.isFromClient()) {
                uniqueCode.setValue(e.getValue() ? Pricing.newUniqueCode() : 0);
            }
        });
        uniqueCode.setLabel(getTranslation("order.form.unique-code"));
        uniqueCode.setId("order-unique-code");
        uniqueCode.setMin(0);
        uniqueCode.setMax(999);
        uniqueCode.setEnabled(false);
        uniqueCode.setValueChangeMode(ValueChangeMode.EAGER);
        courier.setLabel(getTranslation("resi.courier"));
        courier.setItemLabelGenerator(Courier::label);
        courier.addValueChangeListener(e -> courierTouched |= e.isFromClient());
        courierService.setLabel(getTranslation("resi.service"));
        cod.setLabel(getTranslation("order.form.cod"));
        note.setLabel(getTranslation("order.form.note"));
        note.setMaxLength(1000);
        add(new HorizontalLayout(discount, discountUnit), shippingCost, insurance, otherFee, useUniqueCode, uniqueCode,
                courier, courierService, cod, note);
        setColspan(note, 2);
    }

    /** An edit shows the stored courier; the unique-code switch follows the stored code. */
    void show(SalesOrder order, List<Courier> choices) {
        useUniqueCode.setValue(order.getUniqueCode() > 0);
        couriers(choices);
        choices.stream().filter(c -> c.code().equals(order.getCourier())).findFirst().ifPresent(courier::setValue);
    }

    /** The couriers offered: the active ones, plus an edited order's own courier if deactivated since. */
    void couriers(List<Courier> choices) {
        courier.setItems(choices);
    }

    @Nullable String courierName(@Nullable SalesOrder editing) {
        if (courier.getValue() != null) {
            return courier.getValue().code();
        }
        return editing != null && !courierTouched ? editing.getCourier() : null;
    }
}
