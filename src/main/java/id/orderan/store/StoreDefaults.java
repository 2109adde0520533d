package id.orderan.store;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first-run store profile, from {@code orderan.store.*}, until an admin saves one in Pengaturan › Toko. */
@ConfigurationProperties("orderan.store")
record StoreDefaults(String name, String address, String phone, String email, List<StoreProfile.BankAccount> banks,
        String invoiceFooter) {

    StoreProfile toProfile() {
        return new StoreProfile(orEmpty(name, "Toko Orderan"), orEmpty(address, ""), orEmpty(phone, ""),
                orEmpty(email, ""), banks == null ? List.of() : banks, orEmpty(invoiceFooter, ""), "100x150", null, null, StoreProfile.NEVER_SAVED);
    }

    private static String orEmpty(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
