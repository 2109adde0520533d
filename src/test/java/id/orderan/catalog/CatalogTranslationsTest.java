package id.orderan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.Translations;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Labels built from the catalogue's enums exist in both languages; the check digit rule itself. */
class CatalogTranslationsTest {

    @Test
    void every_stock_reason_and_product_status_has_a_label_in_both_languages() {
        var translations = new Translations();
        List<String> keys = Stream.concat(Stream.of(StockReason.values()).map(StockReason::labelKey),
                Stream.of(ProductFilter.Status.values()).map(ProductFilter.Status::labelKey)).toList();
        for (Locale locale : List.of(Translations.INDONESIAN, Locale.ENGLISH)) {
            assertThat(keys).allSatisfy(key -> assertThat(translations.getTranslation(key, locale))
                    .as(key + " in " + locale).doesNotStartWith("!"));
        }
    }

    @Test
    void gs1_check_digits_of_ean_13_upc_a_and_ean_8_are_verified() {
        assertThat(ValidProduct.checkDigitValid("4006381333931")).isTrue();
        assertThat(ValidProduct.checkDigitValid("036000291452")).isTrue();
        assertThat(ValidProduct.checkDigitValid("96385074")).isTrue();
        assertThat(ValidProduct.checkDigitValid("4006381333932")).isFalse();
        assertThat(ValidProduct.checkDigitValid("036000291453")).isFalse();
        assertThat(ValidProduct.checkDigitValid("96385075")).isFalse();
    }
}
