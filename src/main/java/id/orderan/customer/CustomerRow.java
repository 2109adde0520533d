package id.orderan.customer;

import org.jspecify.annotations.Nullable;

/** One line of the Pelanggan list: only what the grid shows. */
public record CustomerRow(long id, String name, CustomerCategory category, @Nullable String phone,
        @Nullable String email, @Nullable String city) {}
