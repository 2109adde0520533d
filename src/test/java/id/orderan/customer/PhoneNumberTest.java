package id.orderan.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456-789", "+62 812 3456 789", "628123456789", "62 812-3456-789", "(0812) 3456789",
        "8123456789"})
    void every_common_way_of_writing_a_number_normalises_to_62(String input) {
        assertThat(PhoneNumber.normalize(input)).contains("628123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12345", "+1 415 555 0100", "0812"})
    void implausible_numbers_are_rejected(String input) {
        assertThat(PhoneNumber.normalize(input)).isEmpty();
    }

    @Test
    void search_terms_become_prefixes_of_the_stored_form() {
        assertThat(PhoneNumber.searchPrefix("0812")).contains("62812");
        assertThat(PhoneNumber.searchPrefix("+62 812-34")).contains("6281234");
        assertThat(PhoneNumber.searchPrefix("62812")).contains("62812");
        assertThat(PhoneNumber.searchPrefix("Budi")).isEmpty();
        assertThat(PhoneNumber.searchPrefix("INV-2611")).isEmpty();
    }

    @Test
    void numbers_are_displayed_the_local_way() {
        assertThat(PhoneNumber.display("6281234567890")).isEqualTo("0812-3456-7890");
        assertThat(PhoneNumber.display(null)).isEmpty();
    }
}
