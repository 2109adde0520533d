package id.orderan.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|Rp 0",
        "500|Rp 500",
        "1000|Rp 1.000",
        "1250000|Rp 1.250.000",
        "123456789012|Rp 123.456.789.012",
        "-15000|-Rp 15.000"
    })
    void formats_whole_rupiah_with_dots_between_thousands(long amount, String expected) {
        assertThat(Rupiah.format(amount)).isEqualTo(expected);
    }
}
