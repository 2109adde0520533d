package id.orderan.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** An Indonesian postal address: street, kelurahan/kecamatan, kota/kabupaten, provinsi, kode pos. */
@Embeddable
public record Address(
        @Column(name = "street", length = 255) @Nullable String street,
        @Column(name = "district", length = 120) @Nullable String district,
        @Column(name = "city", length = 120) @Nullable String city,
        @Column(name = "province", length = 80) @Nullable String province,
        @Column(name = "postal_code", length = 10) @Nullable String postalCode) {

    public static Address empty() {
        return new Address(null, null, null, null, null);
    }

    /** One line for grids and labels: "Jl. Melati 12, Kec. Coblong, Kota Bandung, Jawa Barat 40132". */
    public String singleLine() {
        String region = Stream.of(province, postalCode).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
        return Stream.of(street, district, city, region).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }
}
