package id.orderan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WhatsAppLinkAndTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456-789", "+62 812 3456 789", "628123456789"})
    void every_way_of_writing_the_number_opens_the_same_chat(String phone) {
        assertThat(WhatsAppLink.of(phone, "Halo")).isEqualTo("https://wa.me/628123456789?text=Halo");
    }

    @Test
    void newlines_spaces_and_emoji_are_url_encoded() {
        assertThat(WhatsAppLink.of("0812-3456-789", "Halo Kak 👋\nTotal Rp 150.000 & ongkir"))
                .isEqualTo("https://wa.me/628123456789?text=Halo%20Kak%20%F0%9F%91%8B%0ATotal%20Rp%20150.000%20%26%20ongkir");
    }

    @Test
    void a_missing_or_foreign_number_is_refused() {
        assertThatThrownBy(() -> WhatsAppLink.of(null, "Halo")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> WhatsAppLink.of("+1 415 555 0100", "Halo")).hasMessageContaining("phone-invalid");
    }

    @Test
    void every_placeholder_is_filled_and_unknown_ones_stay_visible() {
        Map<String, String> values = Map.ofEntries(Map.entry("nama", "Siti"), Map.entry("order_id", "INV-2611-00001"),
                Map.entry("produk", "Kopi ×2"), Map.entry("total", "Rp 170.000"), Map.entry("sisa_bayar", "Rp 70.000"),
                Map.entry("rekening", "BCA 123"), Map.entry("toko", "Toko Kopi"), Map.entry("kurir", "JNE"),
                Map.entry("resi", "JN1"), Map.entry("link_konfirmasi", "https://k"), Map.entry("link_lacak", "https://l"));
        String template = FollowUpTemplates.PLACEHOLDERS.stream().sorted().map(p -> p + "={" + p + "}")
                .reduce("", (a, b) -> a + b + ";") + "x={nma}";

        String rendered = FollowUpTemplates.render(template, values);

        assertThat(rendered).contains("nama=Siti;", "order_id=INV-2611-00001;", "produk=Kopi ×2;", "total=Rp 170.000;",
                "sisa_bayar=Rp 70.000;", "rekening=BCA 123;", "toko=Toko Kopi;", "kurir=JNE;", "resi=JN1;",
                "link_konfirmasi=https://k;", "link_lacak=https://l;", "x={nma}");
        assertThat(FollowUpTemplates.unknownPlaceholders(template)).containsExactly("nma");
        assertThat(FollowUpTemplates.render("Rp {total} $1 \\\\", Map.of("total", "$5"))).isEqualTo("Rp $5 $1 \\\\");
    }

    @Test
    void a_line_offering_an_empty_link_is_left_out_and_no_blank_lines_pile_up() {
        String template = "Halo {nama}\n\nLacak di sini: {link_lacak}\n\nTerima kasih";

        assertThat(FollowUpTemplates.render(template, Map.of("nama", "Siti", "link_lacak", "")))
                .isEqualTo("Halo Siti\n\nTerima kasih");
        assertThat(FollowUpTemplates.render(template, Map.of("nama", "Siti", "link_lacak", "https://toko.id/lacak/1")))
                .isEqualTo("Halo Siti\n\nLacak di sini: https://toko.id/lacak/1\n\nTerima kasih");
    }
}
