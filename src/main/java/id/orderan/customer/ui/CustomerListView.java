package id.orderan.customer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.ui.Badge;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** Pelanggan: the seller's buyers, paged lazily. */
@Route("customers")
@PermitAll
public class CustomerListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Customer> grid = new Grid<>(Customer.class, false);

    public CustomerListView(CustomerService customers) {
        addClassName("orderan-page");
        setSizeFull();
        grid.addColumn(Customer::getName).setKey("name").setHeader(getTranslation("customers.column.name")).setFlexGrow(2);
        grid.addComponentColumn(c -> Badge.of(getTranslation(c.getCategory().labelKey()),
                        "category-" + c.getCategory().name().toLowerCase(Locale.ROOT)))
                .setKey("category").setHeader(getTranslation("customers.column.category")).setAutoWidth(true);
        grid.addColumn(c -> PhoneNumber.display(c.getPhone())).setKey("phone")
                .setHeader(getTranslation("customers.column.phone")).setAutoWidth(true);
        grid.addColumn(c -> c.getEmail() == null ? "" : c.getEmail()).setKey("email")
                .setHeader(getTranslation("customers.column.email")).setFlexGrow(2);
        grid.addColumn(c -> c.getAddress().city() == null ? "" : c.getAddress().city()).setKey("city")
                .setHeader(getTranslation("customers.column.city")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("customers.empty"));
        grid.setItems(query -> customers.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) customers.count());
        grid.setSizeFull();
        add(new H2(getTranslation("customers.title")), grid);
    }

    Grid<Customer> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " · Orderan";
    }
}
