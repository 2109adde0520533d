package id.orderan.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.Badge;
import id.orderan.base.ui.RecordNotFound;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One customer ({@code customers/:id}): contact, address, the dropshipper's store, an edit button,
 * then what other features contribute ({@link CustomerDetailSection}: the order feature adds the
 * orders with their count, value and last date).
 */
@Route("customers/:id")
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS})
public class CustomerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final AreaService areas;
    private final List<CustomerDetailSection> sections;
    private @Nullable Customer customer;

    public CustomerDetailView(CustomerService customers, AreaService areas,
            ObjectProvider<CustomerDetailSection> sections) {
        this.customers = customers;
        this.areas = areas;
        this.sections = sections.orderedStream().sorted(Comparator.comparingInt(CustomerDetailSection::position)).toList();
        addClassName("orderan-page");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            show(customers.get(Long.parseLong(id)));
        } catch (NumberFormatException | BusinessException e) {
            event.rerouteToError(new RecordNotFound("notfound.customer.title", "notfound.customer.text", id,
                    "customers", "notfound.back.customers"), "");
        }
    }

    private void show(Customer shown) {
        this.customer = shown;
        removeAll();
        var edit = new Button(getTranslation("customer.edit"), VaadinIcon.EDIT.create(),
                e -> new CustomerDialog(customers, areas, shown, this::show).open());
        edit.setId("customer-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var title = new H2(shown.getName());
        title.setId("customer-title");
        var header = new HorizontalLayout(title, Badge.of(getTranslation(shown.getCategory().labelKey()),
                "category-" + shown.getCategory().name().toLowerCase(Locale.ROOT)), edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, contact(shown));
        sections.forEach(section -> add(section.create(shown)));
    }

    private Component contact(Customer shown) {
        var box = new Div();
        box.addClassName("orderan-customer-contact");
        box.add(new H3(getTranslation("customer.contact")));
        box.add(line("customers.column.phone", shown.getPhone() == null ? "–" : PhoneNumber.display(shown.getPhone()),
                "customer-phone"));
        box.add(line("customers.column.email", shown.getEmail() == null ? "–" : shown.getEmail(), "customer-email"));
        String address = shown.getAddress().singleLine();
        box.add(line("customer.address", address.isEmpty() ? "–" : address, "customer-address"));
        if (shown.getCategory() == CustomerCategory.DROPSHIPPER && shown.getDropshipName() != null) {
            box.add(line("customer.dropship-name", shown.getDropshipName() + (shown.getDropshipPhone() == null ? ""
                    : " · " + PhoneNumber.display(shown.getDropshipPhone())), "customer-dropship"));
        }
        return box;
    }

    private Paragraph line(String labelKey, String value, String id) {
        var text = new Span(value);
        text.setId(id);
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("orderan-muted");
        return new Paragraph(label, text);
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? getTranslation("customers.title") : customer.getName()) + " · Orderan";
    }
}
