package id.orderan.customer;

import java.util.List;
import java.util.Locale;

/**
 * The column titles of the customer file, the same for export and import (an exported file is the
 * import template). Data, not UI text: Indonesian for every user. Matched case-insensitively.
 *
 * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
 */
public final class CustomerColumns {

    public static final String NAME = "Nama";
    public static final String CATEGORY = "Kategori";
    public static final String WHATSAPP = "WhatsApp";
    public static final String EMAIL = "Email";
    public static final String STREET = "Alamat";
    public static final String VILLAGE = "Kelurahan/Desa";
    public static final String DISTRICT = "Kecamatan";
    public static final String CITY = "Kota/Kabupaten";
    public static final String PROVINCE = "Provinsi";
    public static final String POSTAL_CODE = "Kode pos";
    public static final String DROPSHIP_NAME = "Nama toko dropship";
    public static final String DROPSHIP_PHONE = "No. dropship";

    /** Every column in file order. */
    public static final List<String> ALL = List.of(NAME, CATEGORY, WHATSAPP, EMAIL, STREET, VILLAGE, DISTRICT, CITY,
            PROVINCE, POSTAL_CODE, DROPSHIP_NAME, DROPSHIP_PHONE);

    /** What a file must have: the name and the number customers are matched by. */
    public static final List<String> REQUIRED = List.of(NAME, WHATSAPP);

    private CustomerColumns() {}

    /** "Umum", "Reseller"… as the file writes a category (and reads it back, ignoring case). */
    static String category(CustomerCategory category) {
        String name = category.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
