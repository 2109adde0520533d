package id.orderan.order.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Badge;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSort;
import java.util.List;

/**
 * The order grid shared by List Order, Order Cancel and Order Retur. Rows are fetched a page at a
 * time from {@link OrderQueryService}; nothing is loaded that is not on screen.
 */
class OrderGrid extends Grid<OrderRow> {

    private final OrderQueryService queries;
    private OrderFilter filter = OrderFilter.all();

    OrderGrid(OrderQueryService queries) {
        super(OrderRow.class, false);
        this.queries = queries;
        addClassName("orderan-order-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(SelectionMode.MULTI);
        setPageSize(50);
        setEmptyStateText(getTranslation("orders.empty"));

        addColumn(OrderRow::orderNumber).setKey("orderNumber").setHeader(getTranslation("orders.column.id"))
                .setSortProperty(OrderSort.Field.ORDER_NUMBER.name()).setWidth("11rem").setFlexGrow(0)
                .setPartNameGenerator(row -> "order-number");
        addColumn(row -> ProductSummary.of(row.products(), more -> getTranslation("orders.products.more", more)))
                .setKey("products").setHeader(getTranslation("orders.column.products")).setFlexGrow(3);
        addColumn(new ComponentRenderer<>(this::customerCell))
                .setKey("customer").setHeader(getTranslation("orders.column.customer")).setFlexGrow(2);
        addColumn(row -> JakartaTime.format(row.createdAt(), getLocale()))
                .setKey("createdAt").setHeader(getTranslation("orders.column.date"))
                .setSortProperty(OrderSort.Field.CREATED_AT.name()).setWidth("10.5rem").setFlexGrow(0);
        addColumn(row -> row.grandTotal() == null ? "" : Rupiah.format(row.grandTotal()))
                .setKey("grandTotal").setHeader(getTranslation("orders.column.total"))
                .setSortProperty(OrderSort.Field.GRAND_TOTAL.name()).setTextAlign(ColumnTextAlign.END)
                .setWidth("9.5rem").setFlexGrow(0);
        addColumn(new ComponentRenderer<>(row -> Badge.of(getTranslation(row.status().labelKey()),
                        row.status().badgeStyle())))
                .setKey("status").setHeader(getTranslation("orders.column.status")).setWidth("10.5rem").setFlexGrow(0);

        setItems(query -> queries.page(filter, toOrderSort(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queries.count(filter)));
    }

    void setFilter(OrderFilter newFilter) {
        this.filter = newFilter;
        getDataProvider().refreshAll();
    }

    OrderFilter getFilter() {
        return filter;
    }

    private Div customerCell(OrderRow row) {
        var name = new Span(row.customerName());
        name.addClassName("orderan-customer__name");
        var category = Badge.of(getTranslation(row.customerCategory().labelKey()),
                "category-" + row.customerCategory().name().toLowerCase(java.util.Locale.ROOT));
        var phone = new Span(PhoneNumber.display(row.customerPhone()));
        phone.addClassName("orderan-customer__phone");
        var cell = new Div(name, category, phone);
        cell.addClassName("orderan-customer");
        return cell;
    }

    private static OrderSort toOrderSort(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) {
            return OrderSort.newestFirst();
        }
        QuerySortOrder first = sortOrders.getFirst();
        return new OrderSort(OrderSort.Field.valueOf(first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }
}
