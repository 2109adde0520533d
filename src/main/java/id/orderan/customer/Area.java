package id.orderan.customer;

import id.orderan.base.Address;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One kelurahan/desa with the kecamatan, kota/kabupaten and provinsi it belongs to, names as an
 * address shows them ("Kab. Sleman", "DI Yogyakarta"). Codes are Kemendagri's ({@code 34.04.07.2001}).
 */
public record Area(String villageCode, String village, String district, String regency, String province) {

    /** What the area picker shows: "Caturtunggal, Depok, Kab. Sleman, DI Yogyakarta". */
    public String label() {
        return village + ", " + district + ", " + regency + ", " + province;
    }

    /** The address with its four area levels (and code) from this area, street and kode pos kept. */
    public Address fill(@Nullable String street, @Nullable String postalCode) {
        return new Address(street, village, district, regency, province, postalCode, villageCode);
    }

    /** "Kabupaten Sleman" → "Kab. Sleman", as Indonesian addresses and couriers write it; "Kota X" stays. */
    static String shortRegency(String official) {
        return official.startsWith("Kabupaten ") ? "Kab. " + official.substring("Kabupaten ".length()) : official;
    }

    /** The provinces whose official names nobody writes out on a parcel. */
    static String shortProvince(String official) {
        return switch (official.toLowerCase(Locale.ROOT)) {
            case "daerah istimewa yogyakarta" -> "DI Yogyakarta";
            case "daerah khusus ibukota jakarta" -> "DKI Jakarta";
            default -> official;
        };
    }
}
