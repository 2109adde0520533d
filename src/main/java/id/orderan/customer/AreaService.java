package id.orderan.customer;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Indonesian administrative areas (idn-area-data 4.0.1, ODbL): search for the area picker, and the
 * check that an address's village code is real. Public reference data, so no role is required
 * (the buyer's own order form may use it later); nothing here changes state.
 *
 * @see <a href="../../../../../../docs/decisions/0020-area-data-and-search.md">0020</a>
 */
@Service
public class AreaService {

    public static final int MAX_RESULTS = 100;

    private final AreaIndex index;
    private final JdbcTemplate jdbc;
    private final AreaMatcher matcher;

    AreaService(AreaIndex index, JdbcTemplate jdbc, AreaMatcher matcher) {
        this.index = index;
        this.jdbc = jdbc;
        this.matcher = matcher;
    }

    /**
     * Villages whose village, district, regency or province names start with every typed word:
     * "caturtunggal", "depok sleman", "kab sleman ngaglik". Empty for an empty text.
     */
    public List<Area> search(String text, int offset, int limit) {
        return index.search(text, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_RESULTS)));
    }

    public Optional<Area> village(String code) {
        return jdbc.query("""
                SELECT v.code, v.name, d.name, r.name, p.name FROM area_village v
                JOIN area_district d ON d.code = v.district_code
                JOIN area_regency r ON r.code = d.regency_code
                JOIN area_province p ON p.code = r.province_code
                WHERE v.code = ?""", (rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getString(3),
                Area.shortRegency(rs.getString(4)), Area.shortProvince(rs.getString(5))), code.strip())
                .stream().findFirst();
    }

    /**
     * The address as it will be saved: trimmed and, when a village was picked, its four area
     * levels taken from the area data (so they always agree with the code). An unknown code is
     * refused; an address typed by hand (no code) is kept as typed.
     */
    public Address resolve(Address address) {
        Address trimmed = address.trimmed();
        String code = trimmed.villageCode();
        if (code == null) {
            return trimmed;
        }
        Area area = village(code).orElseThrow(() -> new BusinessException("error.area.unknown", code));
        return area.fill(trimmed.street(), trimmed.postalCode());
    }

    /**
     * An address a buyer typed or picked, made as good as the area data allows and never refused: a
     * known village code fills the four levels; an unknown code is dropped; names typed by hand are
     * matched like an imported file's ({@link AreaMatcher}: one village found, else kept as typed).
     */
    public Address matched(Address address) {
        Address trimmed = address.trimmed();
        String code = trimmed.villageCode();
        if (code != null) {
            Optional<Area> area = village(code);
            if (area.isPresent()) {
                return area.get().fill(trimmed.street(), trimmed.postalCode());
            }
            trimmed = new Address(trimmed.street(), trimmed.village(), trimmed.district(), trimmed.city(),
                    trimmed.province(), trimmed.postalCode(), null);
        }
        Area found = matcher.match(List.of(trimmed)).get(0);
        return found == null ? trimmed : found.fill(trimmed.street(), trimmed.postalCode());
    }
}
