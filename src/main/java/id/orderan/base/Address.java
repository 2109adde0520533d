package id.orderan.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An Indonesian postal address: street, kelurahan/desa ({@code village}), kecamatan
 * ({@code district}), kota/kabupaten ({@code city}), provinsi, kode pos, and the Kemendagri code of
 * the village when it was picked from the area data ({@code villageCode}, e.g. {@code 34.04.07.2001}).
 * Shared by the customer and the order's ship-to.
 *
 * @see <a href="../../../../../../docs/decisions/0024-structured-address.md">0024</a>
 */
@Embeddable
public record Address(
        @Column(name = "street", length = 255) @Nullable String street,
        @Column(name = "village", length = 120) @Nullable String village,
        @Column(name = "district", length = 120) @Nullable String district,
        @Column(name = "city", length = 120) @Nullable String city,
        @Column(name = "province", length = 80) @Nullable String province,
        @Column(name = "postal_code", length = 10) @Nullable String postalCode,
        @Column(name = "village_code", length = 13) @Nullable String villageCode) {

    public static Address empty() {
        return new Address(null, null, null, null, null, null, null);
    }

    /**
     * One line for grids, labels and invoices:
     * "Jl. Kaliurang Km 5, Caturtunggal, Kec. Depok, Kab. Sleman, DI Yogyakarta 55281".
     */
    public String singleLine() {
        String region = Stream.of(province, postalCode).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
        return Stream.of(street, village, kecamatan(), city, region).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    /**
     * The kecamatan as couriers read it, "Kec. Depok". Addresses typed before the structured form
     * may already say "Kec." (even "Kel. X, Kec. Y" in this one column): those print as they are.
     */
    private @Nullable String kecamatan() {
        if (district == null || district.isBlank()) {
            return null;
        }
        String lower = district.toLowerCase(Locale.ROOT);
        return lower.startsWith("kec") || lower.contains("kec.") ? district : "Kec. " + district.strip();
    }

    /** The same address with blank parts as {@code null} and the rest trimmed. */
    public Address trimmed() {
        return new Address(clean(street), clean(village), clean(district), clean(city), clean(province),
                clean(postalCode), clean(villageCode));
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
