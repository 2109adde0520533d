package id.orderan.customer;

import id.orderan.base.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the area-data village of addresses typed as names (an imported file), for many addresses in
 * two queries: the kecamatan by name (a scan of ~7,000 rows), then their villages by the indexed
 * district code. A village counts as found when its kelurahan/desa and kecamatan names match (case,
 * "Kec."/"Kel."/"Desa" prefixes and spacing ignored) and, when given, the kota/kabupaten ("Kab. Sleman",
 * "Kabupaten Sleman" or just "Sleman"; "Kota …" is kept apart from "Kab. …") and the provinsi, and
 * exactly one village does. Otherwise the address is kept as typed, as the customer form keeps a
 * hand-typed address.
 *
 * @see <a href="../../../../../../docs/decisions/0060-product-and-customer-files.md">0060 product and customer files</a>
 */
@Component
class AreaMatcher {

    private record District(String code, String name, String regency, String province) {}

    private record Village(String code, String districtCode, String name) {}

    private final NamedParameterJdbcTemplate jdbc;

    AreaMatcher(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The area of each address that names a village found in the area data, by position in the list. */
    Map<Integer, Area> match(List<Address> addresses) {
        Set<String> districtNames = new HashSet<>();
        for (Address address : addresses) {
            if (address.village() != null && address.district() != null) {
                districtNames.add(plain(address.district()));
            }
        }
        if (districtNames.isEmpty()) {
            return Map.of();
        }
        Map<String, List<District>> districts = new HashMap<>();
        jdbc.query("SELECT d.code, d.name, r.name, p.name FROM area_district d JOIN area_regency r ON r.code = d.regency_code"
                + " JOIN area_province p ON p.code = r.province_code WHERE d.name IN (:names)",
                new MapSqlParameterSource("names", districtNames), rs -> {
                    var district = new District(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    districts.computeIfAbsent(plain(district.name()), k -> new ArrayList<>()).add(district);
                });
        if (districts.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Village>> villagesByDistrict = new HashMap<>();
        Set<String> codes = new HashSet<>();
        districts.values().forEach(list -> list.forEach(d -> codes.add(d.code())));
        jdbc.query("SELECT code, district_code, name FROM area_village WHERE district_code IN (:codes)",
                new MapSqlParameterSource("codes", codes), rs -> {
                    var village = new Village(rs.getString(1), rs.getString(2), rs.getString(3));
                    villagesByDistrict.computeIfAbsent(village.districtCode(), k -> new ArrayList<>()).add(village);
                });
        Map<Integer, Area> found = new HashMap<>();
        for (int i = 0; i < addresses.size(); i++) {
            Address address = addresses.get(i);
            if (address.village() == null || address.district() == null) {
                continue;
            }
            List<Area> candidates = new ArrayList<>();
            for (District district : districts.getOrDefault(plain(address.district()), List.of())) {
                if (!cityMatches(address.city(), district.regency()) || !provinceMatches(address.province(),
                        district.province())) {
                    continue;
                }
                for (Village village : villagesByDistrict.getOrDefault(district.code(), List.of())) {
                    if (plain(village.name()).equals(plain(address.village()))) {
                        candidates.add(new Area(village.code(), village.name(), district.name(),
                                Area.shortRegency(district.regency()), Area.shortProvince(district.province())));
                    }
                }
            }
            if (candidates.size() == 1) {
                found.put(i, candidates.getFirst());
            }
        }
        return found;
    }

    /** Lower case, single spaces, without the level words people put in front ("Kec. Depok", "Desa Sukamaju"). */
    static String plain(String name) {
        String text = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
        return text.replaceFirst("^(kec\\.|kecamatan|kel\\.|kelurahan|desa|ds\\.)\\s*", "").strip();
    }

    static boolean cityMatches(@Nullable String typed, String official) {
        if (typed == null) {
            return true;
        }
        String text = typed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String regency = official.toLowerCase(Locale.ROOT);
        String expanded = text.replaceFirst("^kab\\.?\\s*", "kabupaten ").replaceFirst("^kabupaten\\s+", "kabupaten ");
        if (expanded.equals(regency)) {
            return true;
        }
        // typed without "Kota"/"Kabupaten": the rest of the official name must be the same
        boolean prefixed = text.startsWith("kota ") || text.startsWith("kab") ;
        String bare = regency.replaceFirst("^(kabupaten|kota)\\s+", "");
        return !prefixed && bare.equals(text);
    }

    static boolean provinceMatches(@Nullable String typed, String official) {
        if (typed == null) {
            return true;
        }
        String text = typed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String full = official.toLowerCase(Locale.ROOT);
        return text.equals(full) || text.equals(Area.shortProvince(official).toLowerCase(Locale.ROOT))
                || text.equals(full.replaceFirst("^provinsi\\s+", "")) || ("prov. " + full).equals(text);
    }
}
