package id.orderan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.base.Translations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What sellers type into a {@link RupiahField}, read without Spring or Vaadin. */
class RupiahFieldParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.250.000|1250000",
        "1250000|1250000",
        "Rp 1.250.000|1250000",
        "Rp1.250.000|1250000",
        "rp. 85.000|85000",
        "Rp 50.000,-|50000",
        "1.250.000,00|1250000",
        "' 18 000 '|18000",
        "0|0",
        "007|7",
        "999.999.999.999.999|999999999999999"
    })
    void indonesian_input_is_read_as_whole_rupiah(String typed, long expected) {
        assertThat(Rupiah.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_field_is_empty(String typed) {
        assertThat(Rupiah.parse(typed)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-5000|error.money.negative",
        "Rp -5.000|error.money.negative",
        "-Rp 5.000|error.money.negative",
        "12,5|error.money.invalid",
        "1.25.000|error.money.invalid",
        "lima ribu|error.money.invalid",
        "1.000.000.000.000.000|error.money.too-large",
        "99999999999999999999999|error.money.too-large"
    })
    void what_is_not_an_amount_is_refused_with_a_reason(String typed, String key) {
        assertThat(catchThrowableOfType(BusinessException.class, () -> Rupiah.parse(typed)).messageKey())
                .isEqualTo(key);
        var translations = new Translations();
        for (Locale locale : List.of(Translations.INDONESIAN, Locale.ENGLISH)) {
            assertThat(translations.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "999|999", "1000|1.000", "1250000|1.250.000",
        "3000000000|3.000.000.000"})
    void amounts_are_shown_grouped_with_dots(long amount, String shown) {
        assertThat(Rupiah.digits(amount)).isEqualTo(shown);
    }
}
