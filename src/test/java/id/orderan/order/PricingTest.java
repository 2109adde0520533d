package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.Translations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one price rule, without Spring. */
class PricingTest {

    @Test
    void the_total_is_subtotal_minus_discount_plus_every_charge_and_the_unique_code() {
        Pricing.Totals totals = Pricing.of(List.of(new Pricing.Line(85_000, 2)), 10, DiscountUnit.PERSEN, 18_000,
                2_000, 1_000, 123);

        assertThat(totals).isEqualTo(new Pricing.Totals(170_000, 17_000, 18_000, 2_000, 1_000, 123, 174_123));
    }

    @Test
    void a_rupiah_discount_is_taken_as_it_is() {
        assertThat(Pricing.of(List.of(new Pricing.Line(50_000, 1), new Pricing.Line(25_000, 3)), 7_500,
                DiscountUnit.RP, 0, 0, 0, 0).grandTotal()).isEqualTo(117_500);
    }

    @ParameterizedTest
    @CsvSource({
        "12345, 10, 1235",   // 1234.5 rounds half up
        "12344, 10, 1234",   // 1234.4 rounds down
        "99, 50, 50",        // 49.5 rounds half up
        "170000, 0, 0",
        "170000, 100, 170000",
        "170000, 150, 170000" // more than 100% is capped
    })
    void a_percentage_discount_is_rounded_half_up_to_the_whole_rupiah(long subtotal, long percent, long expected) {
        assertThat(Pricing.discount(subtotal, percent, DiscountUnit.PERSEN)).isEqualTo(expected);
    }

    @Test
    void an_overflowing_total_is_an_error_not_a_wrapped_number() {
        assertThatThrownBy(() -> Pricing.of(List.of(new Pricing.Line(Long.MAX_VALUE / 2, 3)), 0, DiscountUnit.RP, 0, 0,
                0, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Pricing.totals(Long.MAX_VALUE, 0, 1, 0, 0, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void every_discount_unit_has_a_label() {
        assertThat(DiscountUnit.RP.labelKey()).isEqualTo("order.discount-unit.rp");
        assertThat(DiscountUnit.PERSEN.labelKey()).isEqualTo("order.discount-unit.persen");
        var translations = new Translations();
        for (Locale locale : List.of(Translations.INDONESIAN, Locale.ENGLISH)) {
            assertThat(DiscountUnit.values()).allSatisfy(unit ->
                    assertThat(translations.getTranslation(unit.labelKey(), locale)).doesNotStartWith("!"));
        }
    }
}
