package id.orderan.storefront;

import id.orderan.base.Address;
import id.orderan.customer.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The buyer's order form as posted, every value a string as typed (an invalid form comes back with
 * them). Prices and totals are not here: the browser's are never read (decision 0135).
 *
 * @param quantities the typed quantity per offered product id
 * @param shipping   the index of the chosen shipping row, as posted
 * @param honeypot   the hidden field only bots fill
 */
public record FormInput(String key, Map<Long, String> quantities, String name, String phone, String email,
        String street, String village, String district, String city, String province, String postalCode,
        String villageCode, String shipping, String note, String honeypot) {

    static final int MAX_NAME = 120;
    static final int MAX_NOTE = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    public FormInput {
        quantities = Map.copyOf(quantities);
    }

    public static FormInput empty(String key) {
        return new FormInput(key, Map.of(), "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The same form with a new one-time key (after a render that must not reuse the old one). */
    public FormInput withKey(String newKey) {
        return new FormInput(newKey, quantities, name, phone, email, street, village, district, city, province,
                postalCode, villageCode, shipping, note, honeypot);
    }

    /** The typed quantity of a product, "" when none. */
    public String quantity(long productId) {
        return quantities.getOrDefault(productId, "");
    }

    /** Quantities as numbers; a value that is not a whole number ≥ 0 is left out (and reported by {@link #errors()}). */
    Map<Long, Integer> parsedQuantities() {
        Map<Long, Integer> parsed = new LinkedHashMap<>();
        quantities.forEach((id, typed) -> {
            Integer quantity = quantity(typed);
            if (quantity != null && quantity > 0) {
                parsed.put(id, quantity);
            }
        });
        return parsed;
    }

    @Nullable Integer shippingChoice() {
        try {
            return shipping.isBlank() ? null : Integer.valueOf(shipping.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Address address() {
        return new Address(street, village, district, city, province, postalCode,
                villageCode.isBlank() ? null : villageCode).trimmed();
    }

    /** The buyer's details checked, Indonesian messages by field name; the products and ongkir are {@link FormPricing}'s. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (quantities.values().stream().anyMatch(typed -> !typed.isBlank() && quantity(typed) == null)) {
            errors.put("qty", "Jumlah harus berupa angka 0 atau lebih.");
        }
        if (name.isBlank()) {
            errors.put("name", "Nama wajib diisi.");
        } else if (name.strip().length() > MAX_NAME) {
            errors.put("name", "Nama paling panjang " + MAX_NAME + " karakter.");
        }
        if (PhoneNumber.normalize(phone).isEmpty()) {
            errors.put("phone", phone.isBlank() ? "Nomor WhatsApp wajib diisi."
                    : "Nomor WhatsApp tidak valid. Contoh: 0812-3456-7890.");
        }
        if (!email.isBlank() && (!EMAIL.matcher(email.strip()).matches() || email.strip().length() > 150)) {
            errors.put("email", "Alamat email tidak valid.");
        }
        required(errors, "street", street, 255, "Alamat (jalan, nomor rumah, RT/RW) wajib diisi.");
        required(errors, "district", district, 120, "Kecamatan wajib diisi.");
        required(errors, "city", city, 120, "Kota/kabupaten wajib diisi.");
        required(errors, "province", province, 80, "Provinsi wajib diisi.");
        if (village.strip().length() > 120) {
            errors.put("village", "Kelurahan/desa terlalu panjang.");
        }
        if (!postalCode.isBlank() && !POSTAL_CODE.matcher(postalCode.strip()).matches()) {
            errors.put("postalCode", "Kode pos terdiri dari 5 angka.");
        }
        if (note.strip().length() > MAX_NOTE) {
            errors.put("note", "Catatan paling panjang " + MAX_NOTE + " karakter.");
        }
        return errors;
    }

    private static void required(Map<String, String> errors, String field, String value, int max, String message) {
        if (value.isBlank()) {
            errors.put(field, message);
        } else if (value.strip().length() > max) {
            errors.put(field, "Paling panjang " + max + " karakter.");
        }
    }

    private static @Nullable Integer quantity(String typed) {
        if (typed.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
