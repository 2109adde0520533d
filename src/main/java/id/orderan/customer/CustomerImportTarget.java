package id.orderan.customer;

import static id.orderan.customer.CustomerColumns.CATEGORY;
import static id.orderan.customer.CustomerColumns.CITY;
import static id.orderan.customer.CustomerColumns.DISTRICT;
import static id.orderan.customer.CustomerColumns.DROPSHIP_NAME;
import static id.orderan.customer.CustomerColumns.DROPSHIP_PHONE;
import static id.orderan.customer.CustomerColumns.EMAIL;
import static id.orderan.customer.CustomerColumns.NAME;
import static id.orderan.customer.CustomerColumns.POSTAL_CODE;
import static id.orderan.customer.CustomerColumns.PROVINCE;
import static id.orderan.customer.CustomerColumns.STREET;
import static id.orderan.customer.CustomerColumns.VILLAGE;
import static id.orderan.customer.CustomerColumns.WHATSAPP;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.dataio.CellValues;
import id.orderan.base.dataio.CsvRecord;
import id.orderan.base.dataio.ImportTarget;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Customers from a CSV, matched by WhatsApp number (normalised {@code 62…}). Each row passes the
 * customer rules ({@link ValidCustomer}: Indonesian number, email, kode pos, category) before the
 * preview shows it; writing goes through {@link CustomerService#importBatch} (ADMIN only), where
 * kelurahan and kecamatan are looked up in the area data.
 *
 * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
 */
public final class CustomerImportTarget implements ImportTarget<CustomerImport> {

    private final CustomerService customers;

    public CustomerImportTarget(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public List<String> requiredColumns() {
        return CustomerColumns.REQUIRED;
    }

    @Override
    public CustomerImport parse(CsvRecord record) {
        String name = CellValues.required(record, NAME);
        String typedPhone = CellValues.required(record, WHATSAPP);
        String phone = ValidCustomer.phone(typedPhone, "error.customer.phone-invalid");
        CustomerCategory category = category(record.optional(CATEGORY));
        String email = ValidCustomer.email(record.optional(EMAIL));
        String dropshipPhone = ValidCustomer.phone(record.optional(DROPSHIP_PHONE), "error.customer.dropship-phone-invalid");
        var row = new CustomerImport(name, category, Objects.requireNonNull(phone), email,
                text(record, STREET, 255), text(record, VILLAGE, 120), text(record, DISTRICT, 120), text(record, CITY, 120),
                text(record, PROVINCE, 80), record.optional(POSTAL_CODE), text(record, DROPSHIP_NAME, 120),
                dropshipPhone);
        ValidCustomer.of(row.forCreate()); // name length and the rest, as the form checks them
        ValidCustomer.requirePostalCode(new Address(null, null, null, null, null, row.postalCode(), null));
        return row;
    }

    /** "Umum", "RESELLER", "dropshipper": the category names, case ignored; blank = not given. */
    private static @Nullable CustomerCategory category(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return CustomerCategory.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.customer.import.category-unknown", typed);
        }
    }

    private static @Nullable String text(CsvRecord record, String column, int maxLength) {
        String value = record.optional(column);
        if (value != null && value.length() > maxLength) {
            throw new BusinessException("error.import.too-long", column, maxLength);
        }
        return value;
    }

    @Override
    public String key(CustomerImport row) {
        return row.phone();
    }

    @Override
    public Set<String> existingKeys(Collection<String> keys) {
        return customers.existingPhones(keys);
    }

    @Override
    public void write(List<CustomerImport> created, List<CustomerImport> updated) {
        customers.importBatch(created, updated);
    }
}
