package id.orderan.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.JakartaTime;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.ui.Badge;
import id.orderan.base.ui.ExportButton;
import id.orderan.base.ui.ImportDialog;
import id.orderan.base.ui.Forms;
import id.orderan.customer.AreaService;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerFilter;
import id.orderan.customer.CustomerImportTarget;
import id.orderan.customer.CustomerRow;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.AppRoles;
import id.orderan.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Pelanggan: the seller's buyers in a lazy grid, searched as staff type (name or city words, a
 * WhatsApp number in any form, an email) and filtered by category; a row opens the customer.
 * ADMIN and CS only: the warehouse works from orders.
 */
@Route("customers")
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS})
public class CustomerListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<CustomerCategory> category = new ComboBox<>();
    final Button add;
    final Button importCsv;
    final ExportButton export;
    private final Grid<CustomerRow> grid = new Grid<>();

    public CustomerListView(CustomerService customers, AreaService areas, Permissions may, Clock clock) {
        addClassName("orderan-page");
        setSizeFull();
        search.setPlaceholder(getTranslation("customers.search"));
        search.setAriaLabel(getTranslation("customers.search"));
        search.setId("customer-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.setPlaceholder(getTranslation("customers.all-categories"));
        category.setAriaLabel(getTranslation("customers.column.category"));
        category.setId("customer-category-filter");
        category.setItems(CustomerCategory.UMUM, CustomerCategory.RESELLER, CustomerCategory.DROPSHIPPER,
                CustomerCategory.AGEN, CustomerCategory.DISTRIBUTOR);
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add = Forms.primary(getTranslation("customers.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("customer-add");
        add.addClickListener(e -> new CustomerDialog(customers, areas, null, saved -> open(
                Objects.requireNonNull(saved.getId()))).open());

        importCsv = new Button(getTranslation("import.button"), VaadinIcon.UPLOAD_ALT.create());
        importCsv.setId("customer-import");
        importCsv.setVisible(may.mayAdminister()); // the service refuses anyone else too
        importCsv.addClickListener(e -> new ImportDialog<>(getTranslation("customers.import.title"),
                getTranslation("customers.import.columns"), new CustomerImportTarget(customers), ImportLimits.DEFAULT,
                grid.getDataProvider()::refreshAll).open());
        // Ekspor: the customers the list shows now (search and category), in its order
        export = new ExportButton(() -> new CustomerExportSource(customers, filter(), "pelanggan-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(ZonedDateTime.now(clock.withZone(JakartaTime.ZONE))),
                getTranslation("customers.title")));
        export.setId("customer-export");

        grid.addColumn(CustomerRow::name).setKey("name").setHeader(getTranslation("customers.column.name"))
                .setFlexGrow(2);
        grid.addComponentColumn(c -> Badge.of(getTranslation(c.category().labelKey()),
                        "category-" + c.category().name().toLowerCase(Locale.ROOT)))
                .setKey("category").setHeader(getTranslation("customers.column.category")).setAutoWidth(true);
        grid.addColumn(c -> PhoneNumber.display(c.phone())).setKey("phone")
                .setHeader(getTranslation("customers.column.phone")).setAutoWidth(true);
        grid.addColumn(c -> Objects.requireNonNullElse(c.email(), "")).setKey("email")
                .setHeader(getTranslation("customers.column.email")).setFlexGrow(2);
        grid.addColumn(c -> Objects.requireNonNullElse(c.city(), "")).setKey("city")
                .setHeader(getTranslation("customers.column.city")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("customers.empty"));
        // no count: with a very common word an exact count reads every customer; the grid scrolls on
        // as long as pages come back full
        grid.setItems(query -> customers.list(filter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();

        var toolbar = new HorizontalLayout(search, category, add, importCsv, export);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation("customers.title")), toolbar, grid);
    }

    private CustomerFilter filter() {
        return new CustomerFilter(search.getValue(), category.getValue());
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, new RouteParameters("id", Long.toString(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " · Orderan";
    }
}
