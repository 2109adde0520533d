package id.orderan.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.order.OrderRow.ProductQuantity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list's small pure rules, without Spring: what a date preset means on a given day, and the products cell. */
class DatePresetAndProductSummaryTest {

    private static final LocalDate TUESDAY_3_MARCH = LocalDate.of(2026, 3, 3);

    @Test
    void presets_count_back_from_the_day_the_link_is_opened_including_today() {
        assertThat(DatePreset.TODAY.from(TUESDAY_3_MARCH)).isEqualTo(TUESDAY_3_MARCH);
        assertThat(DatePreset.LAST_7_DAYS.from(TUESDAY_3_MARCH)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(DatePreset.LAST_30_DAYS.from(TUESDAY_3_MARCH)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(DatePreset.THIS_MONTH.from(TUESDAY_3_MARCH)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void this_month_on_the_first_is_just_that_day_and_seven_days_cross_the_year() {
        assertThat(DatePreset.THIS_MONTH.from(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(DatePreset.LAST_7_DAYS.from(LocalDate.of(2027, 1, 2))).isEqualTo(LocalDate.of(2026, 12, 27));
    }

    @Test
    void all_dates_and_a_picked_range_have_no_range_of_their_own() {
        assertThat(DatePreset.ANY.hasRange()).isFalse();
        assertThat(DatePreset.CUSTOM.hasRange()).isFalse();
        assertThat(DatePreset.TODAY.hasRange()).isTrue();
        assertThatThrownBy(() -> DatePreset.CUSTOM.from(TUESDAY_3_MARCH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_products_cell_shows_two_and_counts_the_rest_while_the_tooltip_lists_all() {
        var products = List.of(new ProductQuantity("Kopi Gayo", 2), new ProductQuantity("Teh Melati", 1),
                new ProductQuantity("Rendang Sapi", 3), new ProductQuantity("Sambal Roa", 1));

        assertThat(ProductSummary.of(products, more -> "+" + more + " lainnya"))
                .isEqualTo("Kopi Gayo ×2, Teh Melati ×1 +2 lainnya");
        assertThat(ProductSummary.all(products))
                .isEqualTo("Kopi Gayo ×2, Teh Melati ×1, Rendang Sapi ×3, Sambal Roa ×1");
    }

    @Test
    void two_products_or_fewer_need_no_count() {
        var two = List.of(new ProductQuantity("Kopi Gayo", 2), new ProductQuantity("Teh Melati", 1));

        assertThat(ProductSummary.of(two, more -> "+" + more)).isEqualTo("Kopi Gayo ×2, Teh Melati ×1");
        assertThat(ProductSummary.of(List.of(), more -> "+" + more)).isEmpty();
    }
}
