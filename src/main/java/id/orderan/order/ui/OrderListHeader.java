package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.orderan.base.dataio.ExportSource;
import id.orderan.base.ui.ExportButton;
import java.util.function.Supplier;

/** Title, the number of orders listed, Ekspor and (List Order, staff who sell) Tambah Order. */
class OrderListHeader extends HorizontalLayout {

    final Span total = new Span();

    OrderListHeader(String titleKey, boolean mayAddOrder, Supplier<ExportSource> currentView) {
        var title = new H2(getTranslation(titleKey));
        title.addClassName("orderan-page__title");
        total.addClassName("orderan-page__count");
        total.setId("order-count");
        add(title, total);
        setAlignItems(Alignment.BASELINE);
        setWidthFull();
        addClassName("orderan-page__header");

        var exportButton = new ExportButton(currentView);
        exportButton.setId("export-orders");
        var addOrder = new Button(getTranslation("orders.add"), VaadinIcon.PLUS.create());
        addOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addOrder.setId("add-order");
        addOrder.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OrderFormView.class)));
        addOrder.setVisible(mayAddOrder);
        addToEnd(exportButton, addOrder);
    }

    /** "1.234 order", or "Lebih dari 10.000 order" when the count stopped at its cap (decision 0210). */
    void showTotal(long count, boolean capped, long cap) {
        total.setText(capped ? getTranslation("orders.count.more", cap) : getTranslation("orders.count", count));
    }
}
