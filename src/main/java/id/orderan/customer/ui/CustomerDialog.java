package id.orderan.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerRow;
import id.orderan.customer.CustomerService;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit a customer. The service decides (phone, email, area, stale version); the dialog
 * repeats "name required" for comfort and warns, without refusing, when another customer already
 * has the WhatsApp number. Public so other screens (the order form) can offer it too.
 */
public class CustomerDialog extends Dialog {

    final TextField name = new TextField();
    final Select<CustomerCategory> category = new Select<>();
    final TextField phone = new TextField();
    final Span phoneWarning = new Span();
    final EmailField email = new EmailField();
    final TextField dropshipName = new TextField();
    final TextField dropshipPhone = new TextField();
    final AddressField address;
    final Button save;

    private final Binder<CustomerForm> binder = new Binder<>();
    private final CustomerService customers;
    private final @Nullable Customer editing;
    private final Consumer<Customer> onSaved;

    public CustomerDialog(CustomerService customers, AreaService areas, @Nullable Customer editing,
            Consumer<Customer> onSaved) {
        this.customers = customers;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "customer.dialog.new" : "customer.dialog.edit"));
        setCloseOnOutsideClick(false); // a stray tap on a tablet must not throw away typing
        addClassName("orderan-dialog");
        setWidth("min(48rem, 100vw)");

        name.setLabel(getTranslation("customers.column.name"));
        name.setMaxLength(120);
        name.setId("customer-name");
        category.setLabel(getTranslation("customers.column.category"));
        category.setItems(CustomerCategory.UMUM, CustomerCategory.RESELLER, CustomerCategory.DROPSHIPPER,
                CustomerCategory.AGEN, CustomerCategory.DISTRIBUTOR);
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.addValueChangeListener(e -> showDropshipFields());
        phone.setLabel(getTranslation("customers.column.phone"));
        phone.setPlaceholder("0812-3456-7890");
        phone.setId("customer-phone");
        phone.addValueChangeListener(e -> warnAboutSharedPhone());
        phoneWarning.setId("customer-phone-warning");
        phoneWarning.addClassName("orderan-warning");
        phoneWarning.setVisible(false);
        email.setLabel(getTranslation("customers.column.email"));
        dropshipName.setLabel(getTranslation("customer.dropship-name"));
        dropshipName.setMaxLength(120);
        dropshipPhone.setLabel(getTranslation("customer.dropship-phone"));
        address = new AddressField(areas);
        address.setId("customer-address");

        binder.forField(name).asRequired(getTranslation("error.customer.name-required"))
                .bind(CustomerForm::getName, CustomerForm::setName);
        binder.forField(category).asRequired().bind(CustomerForm::getCategory, CustomerForm::setCategory);
        binder.forField(phone).bind(CustomerForm::getPhone, CustomerForm::setPhone);
        binder.forField(email).bind(CustomerForm::getEmail, CustomerForm::setEmail);
        binder.forField(dropshipName).bind(CustomerForm::getDropshipName, CustomerForm::setDropshipName);
        binder.forField(dropshipPhone).bind(CustomerForm::getDropshipPhone, CustomerForm::setDropshipPhone);
        binder.forField(address).bind(CustomerForm::getAddress, CustomerForm::setAddress);
        binder.readBean(editing == null ? new CustomerForm() : CustomerForm.of(editing));
        showDropshipFields();

        var form = new FormLayout(name, category, phone, email, phoneWarning, dropshipName, dropshipPhone, address);
        form.setColspan(phoneWarning, 2);
        form.setColspan(address, 2);
        add(form);

        save = Forms.primary(getTranslation("customer.dialog.save"));
        save.setId("customer-save");
        save.setDisableOnClick(true); // a double tap saves once
        save.addClickListener(e -> save());
        var cancel = Forms.secondary(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        try {
            var form = new CustomerForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            Customer saved = Forms.attempt(this, () -> editing == null ? customers.create(form.toCommand())
                    : customers.update(Objects.requireNonNull(editing.getId()), editing.getVersion(),
                            form.toCommand()));
            if (saved != null) {
                Notifications.success(getTranslation("customer.saved", saved.getName()));
                close();
                onSaved.accept(saved);
            }
        } finally {
            save.setEnabled(true);
        }
    }

    private void showDropshipFields() {
        boolean dropshipper = category.getValue() == CustomerCategory.DROPSHIPPER;
        dropshipName.setVisible(dropshipper);
        dropshipPhone.setVisible(dropshipper);
    }

    private void warnAboutSharedPhone() {
        List<CustomerRow> others = phone.getValue().isBlank() ? List.of()
                : customers.othersWithPhone(phone.getValue(), editing == null ? null : editing.getId());
        phoneWarning.setVisible(!others.isEmpty());
        phoneWarning.setText(others.isEmpty() ? "" : getTranslation("customer.phone-shared",
                others.stream().map(CustomerRow::name).collect(Collectors.joining(", "))));
    }
}
