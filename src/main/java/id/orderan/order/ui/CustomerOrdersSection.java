package id.orderan.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Badge;
import id.orderan.customer.Customer;
import id.orderan.customer.ui.CustomerDetailSection;
import id.orderan.order.CustomerOrderRow;
import id.orderan.order.CustomerOrderSummary;
import id.orderan.order.OrderQueryService;
import java.util.Objects;

/**
 * The order feature's part of the customer detail page: order count, order value, last order date
 * and the orders in a lazy grid linking to each order. Contributed as a bean so that the customer
 * feature, below order, never imports it. Only ADMIN and CS reach the page (and the service
 * methods), so the money shown here is theirs to see.
 *
 * @see <a href="../../../../../../../docs/decisions/0023-customer-detail-contributions.md">0023</a>
 */
@org.springframework.stereotype.Component
class CustomerOrdersSection implements CustomerDetailSection {

    private final OrderQueryService queries;

    CustomerOrdersSection(OrderQueryService queries) {
        this.queries = queries;
    }

    @Override
    public Component create(Customer customer) {
        long customerId = Objects.requireNonNull(customer.getId());
        var section = new VerticalLayout();
        section.setPadding(false);
        section.setId("customer-orders");
        CustomerOrderSummary summary = queries.customerSummary(customerId);
        var figures = new Div(
                figure(section, "customer.orders.count", Long.toString(summary.orderCount()), "customer-order-count"),
                figure(section, "customer.orders.value", Rupiah.format(summary.orderValue()), "customer-order-value"),
                figure(section, "customer.orders.last", summary.lastOrderAt() == null ? "–"
                        : JakartaTime.format(summary.lastOrderAt()), "customer-order-last"));
        figures.addClassName("orderan-figures");

        Grid<CustomerOrderRow> grid = new Grid<>();
        grid.setId("customer-order-grid");
        grid.addComponentColumn(row -> new RouterLink(row.orderNumber(), OrderDetailView.class,
                        new RouteParameters("number", row.orderNumber())))
                .setKey("number").setHeader(section.getTranslation("orders.column.id")).setAutoWidth(true);
        grid.addColumn(row -> JakartaTime.format(row.createdAt())).setKey("date")
                .setHeader(section.getTranslation("orders.column.date")).setAutoWidth(true);
        grid.addComponentColumn(row -> Badge.of(section.getTranslation(row.status().labelKey()),
                row.status().badgeStyle())).setKey("status").setHeader(section.getTranslation("orders.column.status"));
        grid.addColumn(row -> Rupiah.format(row.grandTotal())).setKey("total")
                .setHeader(section.getTranslation("orders.column.total")).setAutoWidth(true);
        grid.setItems(query -> queries.customerOrders(customerId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) summary.orderCount());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(section.getTranslation("customer.orders.empty"));
        grid.setHeight("24rem");
        section.add(new H3(section.getTranslation("customer.orders")), figures, grid);
        return section;
    }

    private static Div figure(Component i18n, String labelKey, String value, String id) {
        var number = new Span(value);
        number.setId(id);
        number.addClassName("orderan-figure__value");
        var label = new Span(i18n.getTranslation(labelKey));
        label.addClassName("orderan-figure__label");
        var box = new Div(label, number);
        box.addClassName("orderan-figure");
        return box;
    }
}
