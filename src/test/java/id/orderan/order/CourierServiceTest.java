package id.orderan.order;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 14 §6 (decision 0160): the courier list admins keep, as every screen and file reads it. */
class CourierServiceTest extends IntegrationTest {

    @Autowired
    CourierService couriers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BuyerOrders buyerOrders;

    @Test
    void the_fourteen_built_in_couriers_are_seeded_in_list_order_with_services_and_unverified_templates() {
        assertThat(asAdmin(couriers::active)).containsExactlyElementsOf(Courier.BUILT_IN);
        assertThat(asAdmin(couriers::active)).extracting(Courier::label).startsWith("JNE", "J&T Express", "SiCepat");
        CourierDetails jne = details("JNE");
        assertThat(jne.services()).containsExactly("REG", "YES", "OKE", "JTR");
        assertThat(jne.trackingUrlTemplate()).isEqualTo("https://www.jne.co.id/tracking-package?awb={resi}");
        assertThat(jne.templateUnverified()).isTrue();
        assertThat(details("GOSEND").trackingUrlTemplate()).isNull();
        assertThat(details("GOSEND").templateUnverified()).as("no link is nothing to verify").isFalse();
    }

    @Test
    void an_admin_adds_a_courier_that_every_picker_then_offers_with_its_services_and_link() {
        CourierDetails paxel = asAdmin(() -> couriers.save(new CourierCommand(" paxel ", " Paxel ",
                List.of("Same Day, Instant", "Same Day"), "https://paxel.co/id/track?awb={resi}", true, null)));

        assertThat(paxel.code()).as("codes are upper-cased").isEqualTo("PAXEL");
        assertThat(paxel.services()).as("split, trimmed, without repeats").containsExactly("Same Day", "Instant");
        assertThat(paxel.templateVerified()).as("an admin typed it").isTrue();
        assertThat(paxel.updatedBy()).isEqualTo("admin");
        List<Courier> active = as("gudang", "GUDANG", couriers::active);
        assertThat(active).last().isEqualTo(Courier.of("PAXEL", "Paxel"));
        assertThat(active.getLast().label()).isEqualTo("Paxel");
        assertThat(as("cs", "CS", () -> couriers.services(Courier.of("PAXEL", "Paxel"))))
                .containsExactly("Same Day", "Instant");
        assertThat(couriers.trackingUrl(Courier.of("PAXEL", "Paxel"), " PX 123/4 "))
                .contains("https://paxel.co/id/track?awb=PX+123%2F4");
    }

    @Test
    void a_code_already_in_the_list_is_refused_and_nothing_changes() {
        assertRefused(new CourierCommand("jne", "JNE Baru", List.of(), null, true, null), "error.courier.duplicate");

        assertThat(details("JNE").name()).isEqualTo("JNE");
    }

    @Test
    void bad_codes_names_and_templates_are_refused_with_a_reason() {
        assertRefused(command("J&T 2", "https://a.example.id/{resi}"), "error.courier.code");
        assertRefused(command("X".repeat(31), "https://a.example.id/{resi}"), "error.courier.code");
        assertRefused(new CourierCommand("LALAMOVE", "  ", List.of(), null, true, null),
                "error.courier.name-required");
        assertRefused(command("LALAMOVE", "http://a.example.id/{resi}"), "error.courier-tracking.https");
        assertRefused(command("LALAMOVE", "javascript:alert('{resi}')"), "error.courier-tracking.https");
        assertRefused(command("LALAMOVE", "https://a.example.id/lacak?resi="), "error.courier-tracking.placeholder");
        assertRefused(command("LALAMOVE", "https://a.example.id/{kurir}/{resi}"),
                "error.courier-tracking.placeholder");
        assertRefused(command("LALAMOVE", "https://a.example.id/" + "a".repeat(500) + "{resi}"),
                "error.courier-tracking.too-long");

        assertThat(asAdmin(couriers::all)).extracting(CourierDetails::code).doesNotContain("LALAMOVE", "J&T 2");
    }

    @Test
    void a_save_over_a_courier_another_admin_saved_meanwhile_is_refused() {
        CourierDetails loaded = details("TIKI");
        asAdmin(() -> couriers.save(edit(loaded, "https://a.example.id/{resi}")));

        assertThatThrownBy(() -> as("admin2", "ADMIN", () -> couriers.save(edit(loaded, "https://b.example.id/{resi}"))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("error.courier.changed"))
                .satisfies(e -> assertThat(((BusinessException) e).args()).containsExactly("admin"));
        assertThat(details("TIKI").trackingUrlTemplate()).isEqualTo("https://a.example.id/{resi}");
    }

    @Test
    void a_deactivated_courier_leaves_the_pickers_but_an_order_with_it_still_shows_its_name() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi", 50_000), 1);
        jdbc.update("UPDATE sales_order SET courier = 'WAHANA' WHERE id = ?", order.getId());

        CourierDetails off = asAdmin(() -> couriers.setActive("WAHANA", false, details("WAHANA").version()));

        assertThat(off.active()).isFalse();
        assertThat(asAdmin(couriers::active)).doesNotContain(Courier.WAHANA).contains(Courier.JNE);
        assertThat(asAdmin(() -> couriers.match("wahana"))).as("not offered for new parcels").isEmpty();
        assertThat(asAdmin(() -> couriers.display("WAHANA")).label()).isEqualTo("Wahana");
        assertThat(buyerOrders.forBuyer(java.util.Objects.requireNonNull(order.getBuyerToken())).orElseThrow().courier())
                .as("the buyer's page names it").isEqualTo("Wahana");
        assertThat(asAdmin(() -> couriers.choices("WAHANA"))).as("editing the order keeps its courier")
                .endsWith(Courier.WAHANA);
        assertThat(asAdmin(() -> couriers.display("KILAT_LAMA")).label())
                .as("a code that left the list displays as itself").isEqualTo("KILAT_LAMA");
    }

    @Test
    void typed_courier_names_match_by_code_name_and_common_spellings() {
        for (String typed : List.of("J&T", "jnt", "J&T Express", "j & t express", "JNT")) {
            assertThat(asAdmin(() -> couriers.match(typed))).as(typed).contains(Courier.JNT);
        }
        assertThat(asAdmin(() -> couriers.match("sicepat"))).contains(Courier.SICEPAT);
        assertThat(asAdmin(() -> couriers.match("pos"))).contains(Courier.POS);
        assertThat(asAdmin(() -> couriers.match("Lion"))).contains(Courier.LION);
        assertThat(asAdmin(() -> couriers.match("grab express"))).contains(Courier.GRAB);
        assertThat(asAdmin(() -> couriers.match("  "))).isEmpty();
        assertThat(asAdmin(() -> couriers.match("kurir antah"))).isEmpty();
    }

    @Test
    void only_admins_list_or_change_couriers() {
        for (String role : List.of("CS", "GUDANG")) {
            assertThatThrownBy(() -> as("staf", role, () -> couriers.save(command("PAXEL", null))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("staf", role, couriers::all)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private CourierDetails details(String code) {
        return asAdmin(couriers::all).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static CourierCommand command(String code, @org.jspecify.annotations.Nullable String template) {
        return new CourierCommand(code, "Kurir Baru", List.of(), template, true, null);
    }

    private static CourierCommand edit(CourierDetails loaded, String template) {
        return new CourierCommand(loaded.code(), loaded.name(), loaded.services(), template, loaded.active(),
                loaded.version());
    }

    private void assertRefused(CourierCommand command, String key) {
        assertThatThrownBy(() -> asAdmin(() -> couriers.save(command))).as(command.code())
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).as(command.code()).isEqualTo(key));
    }
}
