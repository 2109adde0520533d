package id.orderan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What scanners send and people type, cleaned the same way (decision 0167). */
class PackCodesTest {

    @Test
    void an_order_number_is_recognised_however_it_is_typed() {
        assertThat(PackCodes.orderNumber("INV-2611-00123")).isEqualTo("INV-2611-00123");
        assertThat(PackCodes.orderNumber(" inv 2611 00123 ")).isEqualTo("INV-2611-00123");
        assertThat(PackCodes.orderNumber("inv261100123")).isEqualTo("INV-2611-00123");
        assertThat(PackCodes.orderNumber("Inv_2611-00123")).isEqualTo("INV-2611-00123");
        assertThat(PackCodes.isOrderNumber("inv 2611 00123")).isTrue();
    }

    @Test
    void item_codes_are_not_order_numbers_and_compare_in_upper_case() {
        assertThat(PackCodes.isOrderNumber("BC-KOPI-01")).isFalse();
        assertThat(PackCodes.isOrderNumber("8991234567895")).isFalse();
        assertThat(PackCodes.isOrderNumber("INV-26-1")).isFalse();
        assertThat(PackCodes.orderNumber(" kopi-gayo ")).isEqualTo("KOPI-GAYO");
        assertThat(PackCodes.item(" bc-kopi-01\t")).isEqualTo("BC-KOPI-01");
    }
}
