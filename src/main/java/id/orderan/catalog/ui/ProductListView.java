package id.orderan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.dataio.ExportSource;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.ui.ExportButton;
import id.orderan.base.ui.ImportDialog;
import id.orderan.catalog.ProductFilter;
import id.orderan.catalog.ProductImport;
import id.orderan.catalog.ProductImportTarget;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.security.Permissions;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Produk: search as you type, active/archived and low-stock filters, a lazy sortable grid; a row
 * opens the product with its stock history. What each role may do is decided here only to hide
 * buttons: {@link ProductService} refuses (and masks prices) on its own.
 */
@Route("products")
@PermitAll
public class ProductListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<ProductFilter.Status> status = new Select<>();
    final Checkbox lowStock = new Checkbox();
    final Button add = new Button();
    final Button importCsv = new Button();
    final ExportButton export;
    final ProductGrid grid;
    private final ProductService products;
    private final ProductPermissions permissions;
    private final Clock clock;

    public ProductListView(ProductService products, Permissions may, Clock clock) {
        this.products = products;
        this.clock = clock;
        this.permissions = new ProductPermissions(may.maySeeMoney(), may.mayAdminister(), may.mayShip());
        this.grid = new ProductGrid(products, permissions.seesPrices());
        addClassName("orderan-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("products.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setWidth("min(24rem, 100%)");
        search.setId("product-search");
        search.addValueChangeListener(e -> applyFilter());
        status.setLabel(getTranslation("products.filter.status"));
        status.setItems(ProductFilter.Status.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(ProductFilter.Status.AKTIF);
        status.setId("product-status");
        status.addValueChangeListener(e -> applyFilter());
        lowStock.setLabel(getTranslation("products.filter.low-stock"));
        lowStock.setId("product-low-stock");
        lowStock.addValueChangeListener(e -> applyFilter());
        add.setText(getTranslation("products.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("product-add");
        add.setVisible(permissions.manages());
        add.addClickListener(e -> openNew());

        importCsv.setText(getTranslation("import.button"));
        importCsv.setIcon(VaadinIcon.UPLOAD_ALT.create());
        importCsv.setId("product-import");
        importCsv.setVisible(permissions.manages()); // the service refuses anyone else too
        importCsv.addClickListener(e -> openImport());
        export = new ExportButton(this::currentView);
        export.setId("product-export");

        var toolbar = new FlexLayout(search, status, lowStock, add, importCsv, export);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("orderan-toolbar");
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("products.title")), toolbar, grid);
    }

    ProductFormDialog openNew() {
        var dialog = new ProductFormDialog(products, null, permissions.seesPrices(), saved -> grid.refresh());
        dialog.open();
        return dialog;
    }

    ProductDetailDialog open(ProductRow row) {
        var dialog = new ProductDetailDialog(products, row.id(), permissions, grid::refresh);
        dialog.open();
        return dialog;
    }

    ImportDialog<ProductImport> openImport() {
        var dialog = new ImportDialog<>(getTranslation("products.import.title"),
                getTranslation("products.import.columns"), new ProductImportTarget(products), ImportLimits.DEFAULT,
                grid::refresh);
        dialog.open();
        return dialog;
    }

    /** Ekspor: the rows the list shows now, in its order; the service leaves out prices for GUDANG. */
    private ExportSource currentView() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(ZonedDateTime.now(clock.withZone(JakartaTime.ZONE)));
        return new ProductExportSource(products, currentFilter(),
                ProductGrid.toProductSort(grid.getDataCommunicator().getBackEndSorting()), "produk-" + stamp,
                getTranslation("products.title"));
    }

    private ProductFilter currentFilter() {
        return new ProductFilter(search.getValue(), status.getValue(), lowStock.getValue());
    }

    private void applyFilter() {
        grid.filter(currentFilter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("products.title") + " · Orderan";
    }
}
