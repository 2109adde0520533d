package id.orderan.base.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"klik\")", "+62 812", "-2+3", "@SUM(A1)", "\tX", "\rX",
        "=1+1"})
    void text_starting_like_a_formula_gets_an_apostrophe(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siti Nurhaliza", "INV-2611-00001", "Kopi Gayo ×2", "0812-3456-7890", "a=b", " =x"})
    void ordinary_text_is_left_alone(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
    }

    @Test
    void null_and_empty_become_empty() {
        assertThat(FormulaGuard.neutralise(null)).isEmpty();
        assertThat(FormulaGuard.neutralise("")).isEmpty();
    }
}
