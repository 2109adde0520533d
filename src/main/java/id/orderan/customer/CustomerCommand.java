package id.orderan.customer;

import id.orderan.base.Address;
import org.jspecify.annotations.Nullable;

/**
 * What staff type (or an import row carries) when creating or editing a customer: phones in any
 * common form (0812…, +62 812…, 62812…). The dropshipper's store name and phone are kept only for
 * the Dropshipper category. A village code in the address must be a real one.
 */
public record CustomerCommand(
        String name,
        CustomerCategory category,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String dropshipName,
        @Nullable String dropshipPhone,
        Address address) {}
