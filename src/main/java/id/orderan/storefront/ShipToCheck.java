package id.orderan.storefront;

import id.orderan.customer.PhoneNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * The buyer's ship-to on a private link, checked before anything is placed: every message in
 * Indonesian (the storefront is Indonesian only), all at once so the buyer fixes them in one go.
 */
final class ShipToCheck {

    static final int MAX_NAME = 120;

    private ShipToCheck() {}

    static List<String> errors(ShipToForm form) {
        List<String> errors = new ArrayList<>();
        if (form.name().isBlank()) {
            errors.add("Nama penerima wajib diisi.");
        } else if (form.name().strip().length() > MAX_NAME) {
            errors.add("Nama penerima paling panjang " + MAX_NAME + " karakter.");
        }
        if (PhoneNumber.normalize(form.phone()).isEmpty()) {
            errors.add("Nomor WhatsApp tidak valid. Contoh: 0812-3456-7890.");
        }
        if (form.street().strip().length() < 5) {
            errors.add("Alamat (jalan, nomor rumah, RT/RW) wajib diisi.");
        }
        if (form.district().isBlank()) {
            errors.add("Kecamatan wajib diisi.");
        }
        if (form.city().isBlank()) {
            errors.add("Kota/kabupaten wajib diisi.");
        }
        if (form.province().isBlank()) {
            errors.add("Provinsi wajib diisi.");
        }
        if (!form.postalCode().isBlank() && !form.postalCode().strip().matches("\\d{5}")) {
            errors.add("Kode pos harus 5 angka.");
        }
        tooLong(errors, form.street(), 255, "Alamat");
        tooLong(errors, form.village(), 120, "Kelurahan/desa");
        tooLong(errors, form.district(), 120, "Kecamatan");
        tooLong(errors, form.city(), 120, "Kota/kabupaten");
        tooLong(errors, form.province(), 80, "Provinsi");
        tooLong(errors, form.note(), 500, "Catatan");
        return errors;
    }

    private static void tooLong(List<String> errors, String value, int max, String label) {
        if (value.strip().length() > max) {
            errors.add(label + " paling panjang " + max + " karakter.");
        }
    }
}
