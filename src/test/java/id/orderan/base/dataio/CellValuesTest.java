package id.orderan.base.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void rupiah_reads_the_ways_sellers_write_amounts() {
        for (String written : List.of("Rp 1.250.000", "Rp1.250.000", "Rp. 1.250.000", "1.250.000", "1250000",
                "1.250.000,00", "1,250,000", "1,250,000.00", "rp 1.250.000", "Rp\u00A01.250.000", " 1250000 ")) {
            assertThat(CellValues.rupiah(cell(written), "Harga")).as(written).isEqualTo(1_250_000L);
        }
        assertThat(CellValues.rupiah(cell("-5.000"), "Harga")).isEqualTo(-5_000L);
        assertThat(CellValues.rupiah(cell("Rp -5.000"), "Harga")).isEqualTo(-5_000L);
        assertThat(CellValues.rupiah(cell("0"), "Harga")).isZero();
        assertThat(CellValues.rupiah(cell(""), "Harga")).isNull();
    }

    @Test
    void rupiah_refuses_what_it_would_have_to_guess() {
        for (String written : List.of("12,5", "1.250,50", "1.25", "dua ribu", "Rp", "1.2500", "1 250 000x",
                "99999999999999999999")) {
            assertThatThrownBy(() -> CellValues.rupiah(cell(written), "Harga")).as(written)
                    .isInstanceOf(BusinessException.class)
                    .satisfies(e -> assertThat(((BusinessException) e).args()).containsExactly("Harga", written));
        }
    }

    @Test
    void whole_numbers_allow_thousands_separators_and_refuse_fractions() {
        assertThat(CellValues.whole(cell("1.200"), "Stok")).isEqualTo(1200);
        assertThat(CellValues.whole(cell("250"), "Stok")).isEqualTo(250);
        assertThat(CellValues.whole(cell("-3"), "Stok")).isEqualTo(-3);
        assertThat(CellValues.whole(cell(""), "Stok")).isNull();
        assertThatThrownBy(() -> CellValues.whole(cell("2,5"), "Stok")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> CellValues.whole(cell("banyak"), "Stok")).isInstanceOf(BusinessException.class);
    }

    @Test
    void yes_and_no_in_indonesian_english_and_digits() {
        for (String yes : List.of("ya", "Ya", "YA", "1", "true", "yes", "y", "aktif")) {
            assertThat(CellValues.yesNo(cell(yes), "Aktif")).as(yes).isTrue();
        }
        for (String no : List.of("tidak", "Tidak", "0", "false", "no", "n", "t", "nonaktif")) {
            assertThat(CellValues.yesNo(cell(no), "Aktif")).as(no).isFalse();
        }
        assertThat(CellValues.yesNo(cell(""), "Aktif")).isNull();
        assertThatThrownBy(() -> CellValues.yesNo(cell("mungkin"), "Aktif")).isInstanceOf(BusinessException.class);
    }

    private static CsvRecord cell(String value) {
        return new CsvRecord(2, List.of(value), Map.of("harga", 0, "stok", 0, "aktif", 0), 1);
    }
}
