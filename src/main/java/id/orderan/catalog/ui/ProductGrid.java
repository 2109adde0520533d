package id.orderan.catalog.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Badge;
import id.orderan.catalog.ProductFilter;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.ProductSort;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The lazy product grid: one page query and one count per scroll or filter change. */
class ProductGrid extends Grid<ProductRow> {

    private final ProductService products;
    private ProductFilter filter = ProductFilter.active();

    ProductGrid(ProductService products, boolean seesPrices) {
        super(ProductRow.class, false);
        this.products = products;
        addColumn(ProductRow::sku).setKey("sku").setHeader(getTranslation("products.column.sku")).setAutoWidth(true)
                .setSortProperty(ProductSort.Field.SKU.name());
        addColumn(ProductRow::name).setKey("name").setHeader(getTranslation("products.column.name")).setFlexGrow(3)
                .setSortProperty(ProductSort.Field.NAME.name());
        if (seesPrices) { // GUDANG gets no price column at all (and the rows carry no price either)
            addColumn(p -> Rupiah.format(Objects.requireNonNullElse(p.price(), 0L))).setKey("price")
                    .setHeader(getTranslation("products.column.price")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setSortProperty(ProductSort.Field.PRICE.name());
        }
        addColumn(p -> getTranslation("products.grams", p.weightGrams())).setKey("weight")
                .setHeader(getTranslation("products.column.weight")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addComponentColumn(this::stockCell).setKey("stock").setHeader(getTranslation("products.column.stock"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty(ProductSort.Field.STOCK.name());
        addColumn(p -> Objects.requireNonNullElse(p.location(), "")).setKey("location")
                .setHeader(getTranslation("products.column.location")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("products.empty"));
        setItems(this::fetch, query -> (int) products.count(filter));
        setSizeFull();
        setId("product-grid");
    }

    void filter(ProductFilter value) {
        this.filter = value;
        boolean filtered = !value.search().isBlank() || value.lowStockOnly() || value.status() != ProductFilter.Status.AKTIF;
        setEmptyStateText(getTranslation(filtered ? "products.empty-filtered" : "products.empty"));
        getDataProvider().refreshAll();
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private Stream<ProductRow> fetch(Query<ProductRow, Void> query) {
        return products.list(filter, toProductSort(query.getSortOrders()), query.getOffset(), query.getLimit()).stream();
    }

    private HorizontalLayout stockCell(ProductRow row) {
        var cell = new HorizontalLayout(new Span(getTranslation("product.stock.number", row.stock())));
        cell.setSpacing(true);
        if (row.lowStock()) {
            cell.add(Badge.of(getTranslation("products.badge.low"), "belum-bayar"));
        }
        if (!row.active()) {
            cell.add(Badge.of(getTranslation("products.badge.archived"), "cancel"));
        }
        return cell;
    }

    static ProductSort toProductSort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ProductSort.byName();
        }
        QuerySortOrder first = orders.getFirst();
        return new ProductSort(ProductSort.Field.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }
}
