package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerCommand;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import id.orderan.customer.ui.AddressField;

/**
 * The buyer on the order form: search an existing customer or create one on the spot, and the
 * "sent as" name and phone that only dropshippers get.
 */
class OrderCustomerSection extends VerticalLayout {

    final ComboBox<Customer> customer = new ComboBox<>();
    final Details newCustomerForm = new Details();
    final TextField senderName = new TextField();
    final TextField senderPhone = new TextField();

    OrderCustomerSection(CustomerService customers, AreaService areas) {
        setPadding(false);
        customer.setId("order-customer");
        customer.setLabel(getTranslation("order.form.customer"));
        customer.setPlaceholder(getTranslation("order.form.customer-search"));
        customer.setItems(query -> customers.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        customer.setItemLabelGenerator(c -> c.getName() + " · " + PhoneNumber.display(c.getPhone()));
        customer.setWidth("28rem");
        customer.setMaxWidth("100%");
        customer.addValueChangeListener(e -> dropshipperFields());

        senderName.setLabel(getTranslation("order.form.sender-name"));
        senderPhone.setLabel(getTranslation("order.form.sender-phone"));
        var sender = new HorizontalLayout(senderName, senderPhone);
        sender.setSpacing(true);
        dropshipperFields();
        add(new H3(getTranslation("order.form.customer")), customer, newCustomerForm(customers, areas), sender);
    }

    private Details newCustomerForm(CustomerService customers, AreaService areas) {
        var name = new TextField(getTranslation("customers.column.name"));
        var category = new Select<CustomerCategory>();
        category.setLabel(getTranslation("customers.column.category"));
        category.setItems(CustomerCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setValue(CustomerCategory.UMUM);
        var phone = new TextField(getTranslation("customers.column.phone"));
        phone.setPlaceholder("0812-3456-7890");
        var email = new EmailField(getTranslation("customers.column.email"));
        var address = new AddressField(areas);
        address.setId("new-customer-address");
        var create = new Button(getTranslation("order.form.save-customer"), e -> {
            Customer created = Forms.attempt(this, () -> customers.create(new CustomerCommand(name.getValue(),
                    category.getValue(), phone.getValue(), email.getValue(), null, null, address.getValue())));
            if (created != null) {
                customer.setValue(created);
                newCustomerForm.setOpened(false);
                Notifications.success(getTranslation("order.form.customer-saved", created.getName()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, category, phone, email, address, create);
        form.setColspan(address, 2);
        newCustomerForm.setSummaryText(getTranslation("order.form.new-customer"));
        newCustomerForm.setId("order-new-customer");
        newCustomerForm.add(form);
        return newCustomerForm;
    }

    private void dropshipperFields() {
        boolean dropshipper = customer.getValue() != null
                && customer.getValue().getCategory() == CustomerCategory.DROPSHIPPER;
        senderName.setVisible(dropshipper);
        senderPhone.setVisible(dropshipper);
    }
}
