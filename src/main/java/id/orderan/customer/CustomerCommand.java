package id.orderan.customer;

import id.orderan.base.Address;
import org.jspecify.annotations.Nullable;

/** What staff type when creating or editing a customer; the phone in any common form. */
public record CustomerCommand(
        String name,
        CustomerCategory category,
        @Nullable String phone,
        @Nullable String email,
        Address address) {}
