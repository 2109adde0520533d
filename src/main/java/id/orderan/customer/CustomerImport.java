package id.orderan.customer;

import id.orderan.base.Address;
import org.jspecify.annotations.Nullable;

/**
 * One row of a customer file, read and checked. {@code null} = the cell was blank or the column is
 * missing: a new customer gets the default (category Umum, nothing else), an existing one keeps its
 * value. The area levels (kelurahan/desa, kecamatan, kota/kabupaten, provinsi) go together: when the
 * row names any of them, they replace the customer's area as a whole (looked up in the area data
 * when saved), street and kode pos stay separate.
 *
 * @param phone normalised {@code 62…}, the match key
 */
public record CustomerImport(String name, @Nullable CustomerCategory category, String phone, @Nullable String email,
        @Nullable String street, @Nullable String village, @Nullable String district, @Nullable String city,
        @Nullable String province, @Nullable String postalCode, @Nullable String dropshipName,
        @Nullable String dropshipPhone) {

    boolean namesArea() {
        return village != null || district != null || city != null || province != null;
    }

    /** The customer to create, area as typed (the batch may replace it with a matched village). */
    CustomerCommand forCreate() {
        return new CustomerCommand(name, category == null ? CustomerCategory.UMUM : category, phone, email, dropshipName,
                dropshipPhone, new Address(street, village, district, city, province, postalCode, null));
    }

    /** The existing customer with this row's non-blank values. */
    CustomerCommand over(CustomerCommand existing) {
        Address was = existing.address();
        Address address = namesArea()
                ? new Address(or(street, was.street()), village, district, city, province, or(postalCode, was.postalCode()),
                        null)
                : new Address(or(street, was.street()), was.village(), was.district(), was.city(), was.province(),
                        or(postalCode, was.postalCode()), was.villageCode());
        return new CustomerCommand(name, category == null ? existing.category() : category, phone,
                or(email, existing.email()), or(dropshipName, existing.dropshipName()),
                or(dropshipPhone, existing.dropshipPhone()), address);
    }

    private static @Nullable String or(@Nullable String value, @Nullable String otherwise) {
        return value == null ? otherwise : value;
    }
}
