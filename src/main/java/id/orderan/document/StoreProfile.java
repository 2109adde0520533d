package id.orderan.document;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seller as printed on invoices and labels. From configuration for now ({@code orderan.store.*});
 * the Pengaturan › Toko screen replaces it with a database-backed profile.
 */
@ConfigurationProperties("orderan.store")
public record StoreProfile(String name, String address, String phone, String email, List<BankAccount> banks,
        String invoiceFooter) {

    public record BankAccount(String bank, String number, String holder) {}

    public StoreProfile {
        banks = banks == null ? List.of() : List.copyOf(banks);
        name = name == null ? "Toko Orderan" : name;
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        invoiceFooter = invoiceFooter == null ? "" : invoiceFooter;
    }
}
