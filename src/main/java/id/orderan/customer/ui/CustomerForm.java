package id.orderan.customer.ui;

import id.orderan.base.Address;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerCommand;
import id.orderan.customer.PhoneNumber;
import java.util.Objects;

/** The dialog's mutable bean for its {@code Binder}; becomes a {@link CustomerCommand} on save. */
final class CustomerForm {

    private String name = "";
    private CustomerCategory category = CustomerCategory.UMUM;
    private String phone = "";
    private String email = "";
    private String dropshipName = "";
    private String dropshipPhone = "";
    private Address address = Address.empty();

    static CustomerForm of(Customer customer) {
        var form = new CustomerForm();
        form.name = customer.getName();
        form.category = customer.getCategory();
        form.phone = customer.getPhone() == null ? "" : PhoneNumber.display(customer.getPhone());
        form.email = Objects.requireNonNullElse(customer.getEmail(), "");
        form.dropshipName = Objects.requireNonNullElse(customer.getDropshipName(), "");
        form.dropshipPhone = customer.getDropshipPhone() == null ? "" : PhoneNumber.display(customer.getDropshipPhone());
        form.address = customer.getAddress();
        return form;
    }

    CustomerCommand toCommand() {
        return new CustomerCommand(name, category, phone, email, dropshipName, dropshipPhone, address);
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    CustomerCategory getCategory() {
        return category;
    }

    void setCategory(CustomerCategory category) {
        this.category = category;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getDropshipName() {
        return dropshipName;
    }

    void setDropshipName(String dropshipName) {
        this.dropshipName = dropshipName;
    }

    String getDropshipPhone() {
        return dropshipPhone;
    }

    void setDropshipPhone(String dropshipPhone) {
        this.dropshipPhone = dropshipPhone;
    }

    Address getAddress() {
        return address;
    }

    void setAddress(Address address) {
        this.address = address;
    }
}
