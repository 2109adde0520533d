package id.orderan.order.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.orderan.base.Rupiah;
import id.orderan.order.Pricing;

/** Subtotal, discount and total of the order form, as {@link Pricing} computes them. */
class OrderTotals extends Div {

    final Span subtotal = new Span();
    final Span discount = new Span();
    final Span total = new Span();

    OrderTotals() {
        addClassName("orderan-totals");
        subtotal.setId("order-subtotal");
        discount.setId("order-discount-amount");
        total.setId("order-total");
        total.addClassName("orderan-totals__grand");
        add(row("order.form.subtotal", subtotal), row("order.form.discount", discount), row("order.form.total", total));
    }

    void show(Pricing.Totals totals) {
        subtotal.setText(Rupiah.format(totals.subtotal()));
        discount.setText(totals.discount() == 0 ? Rupiah.format(0) : "-" + Rupiah.format(totals.discount()));
        total.setText(Rupiah.format(totals.grandTotal()));
    }

    private Div row(String key, Span value) {
        var row = new Div(new Span(getTranslation(key)), value);
        row.addClassName("orderan-totals__row");
        return row;
    }
}
