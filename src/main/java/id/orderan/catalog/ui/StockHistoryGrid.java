package id.orderan.catalog.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.orderan.base.JakartaTime;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.StockMovementRow;
import java.util.Objects;

/** A product's stock movements, newest first, paged lazily (a best seller has thousands). */
class StockHistoryGrid extends Grid<StockMovementRow> {

    StockHistoryGrid(ProductService products, long productId) {
        super(StockMovementRow.class, false);
        addColumn(m -> JakartaTime.format(m.createdAt(), getLocale())).setKey("time")
                .setHeader(getTranslation("stock.column.time")).setAutoWidth(true);
        addColumn(m -> getTranslation(m.reason().labelKey())).setKey("reason")
                .setHeader(getTranslation("stock.column.reason")).setAutoWidth(true);
        addColumn(m -> (m.quantity() > 0 ? "+" : "") + getTranslation("product.stock.number", m.quantity()))
                .setKey("quantity").setHeader(getTranslation("stock.column.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(m -> getTranslation("product.stock.number", m.stockAfter())).setKey("after")
                .setHeader(getTranslation("stock.column.after")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(m -> Objects.requireNonNullElse(m.orderNumber(), "")).setKey("order")
                .setHeader(getTranslation("stock.column.order")).setAutoWidth(true);
        addColumn(m -> Objects.requireNonNullElse(m.note(), "")).setKey("note")
                .setHeader(getTranslation("stock.column.note")).setFlexGrow(2);
        addColumn(StockMovementRow::createdBy).setKey("by").setHeader(getTranslation("stock.column.by")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("product.history.empty"));
        setItems(query -> products.history(productId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) products.historyCount(productId));
        setId("stock-history");
        setHeight("20rem");
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
