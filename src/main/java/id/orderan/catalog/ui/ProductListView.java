package id.orderan.catalog.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.Rupiah;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductService;
import jakarta.annotation.security.PermitAll;

/** Produk: SKU, name, price, weight and stock, paged lazily. */
@Route("products")
@PermitAll
public class ProductListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Product> grid = new Grid<>(Product.class, false);

    public ProductListView(ProductService products) {
        addClassName("orderan-page");
        setSizeFull();
        grid.addColumn(Product::getSku).setKey("sku").setHeader(getTranslation("products.column.sku")).setAutoWidth(true);
        grid.addColumn(Product::getName).setKey("name").setHeader(getTranslation("products.column.name")).setFlexGrow(3);
        grid.addColumn(p -> Rupiah.format(p.getPrice())).setKey("price")
                .setHeader(getTranslation("products.column.price")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("products.grams", p.getWeightGrams())).setKey("weight")
                .setHeader(getTranslation("products.column.weight")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Product::getStock).setKey("stock")
                .setHeader(getTranslation("products.column.stock")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("products.empty"));
        grid.setItems(query -> products.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) products.count());
        grid.setSizeFull();
        add(new H2(getTranslation("products.title")), grid);
    }

    Grid<Product> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("products.title") + " · Orderan";
    }
}
