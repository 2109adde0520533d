package id.orderan.store;

import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The seller as printed on invoices and labels and shown to buyers.
 *
 * @param banks in the order the seller chose; the one list invoices and {rekening} use
 * @param version the saved profile's version, carried back by an edit; {@link #NEVER_SAVED} while the
 *     shop still runs on the {@code orderan.store.*} defaults
 */
public record StoreProfile(String name, String address, String phone, String email, List<BankAccount> banks,
        String invoiceFooter, String labelFormat, byte @Nullable [] logo, @Nullable String logoType, long version) {

    public static final long NEVER_SAVED = -1;

    /** @param number digits only once saved (separators are stripped: buyers paste it into m-banking) */
    public record BankAccount(String bank, String number, String holder) {}

    public StoreProfile {
        banks = List.copyOf(banks);
        logo = logo == null ? null : logo.clone();
    }

    /** The logo as a data URI for templates, or null. */
    public @Nullable String logoDataUri() {
        return logo == null || logoType == null ? null
                : "data:" + logoType + ";base64," + Base64.getEncoder().encodeToString(logo);
    }
}
