package id.orderan.storefront.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.orderan.base.ui.AccessDeniedView;
import id.orderan.storefront.AntiSpamService;
import id.orderan.storefront.AntiSpamSettings;
import id.orderan.storefront.BlockEntry;
import id.orderan.storefront.BlockKind;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pengaturan › Anti-spam used like an admin would: numbers, Simpan, the block list's add and remove. */
class AntiSpamSettingsUiTest extends KaribuTest {

    @Autowired
    AntiSpamService antiSpam;

    @Test
    void an_admin_sees_the_defaults_changes_a_limit_and_it_is_saved() {
        login("admin", "ADMIN");
        AntiSpamSettingsView view = navigate(AntiSpamSettingsView.class);
        assertThat(view.maxPerPhonePerHour.getValue()).isEqualTo(AntiSpamSettings.DEFAULTS.maxPerPhonePerHour());

        userSets(view.maxPerPhonePerHour, 8);
        userSets(view.minAddressLength, 20);
        _click(view.save);

        AntiSpamSettings saved = asAdmin(antiSpam::settings);
        assertThat(saved.maxPerPhonePerHour()).isEqualTo(8);
        assertThat(saved.minAddressLength()).isEqualTo(20);
        NotificationsKt.expectNotifications("Pengaturan anti-spam disimpan.");

        userSets(view.maxPerPhonePerHour, 9);
        _click(view.save);
        assertThat(asAdmin(antiSpam::settings).maxPerPhonePerHour()).as("a second save in the same view works")
                .isEqualTo(9);
    }

    @Test
    void a_number_out_of_range_shows_the_message_at_the_field_and_saves_nothing() {
        login("admin", "ADMIN");
        AntiSpamSettingsView view = navigate(AntiSpamSettingsView.class);

        userSets(view.minNameLength, 500);
        _click(view.save);

        assertThat(view.minNameLength.isInvalid()).isTrue();
        assertThat(view.minNameLength.getErrorMessage()).isEqualTo("Panjang nama minimal harus antara 0 dan 50.");
        assertThat(asAdmin(antiSpam::settings)).isEqualTo(AntiSpamSettings.DEFAULTS);
    }

    @Test
    void a_save_over_another_admins_change_is_refused_and_keeps_the_typing() {
        login("admin", "ADMIN");
        AntiSpamSettingsView view = navigate(AntiSpamSettingsView.class);
        asAdmin(() -> antiSpam.save(new AntiSpamSettings(4, 15, 5, 30, AntiSpamSettings.NEVER_SAVED)));

        userSets(view.maxPerAddressPerHour, 50);
        _click(view.save);

        NotificationsKt.expectNotifications(
                "Pengaturan anti-spam baru saja diubah orang lain. Muat ulang halaman, lalu simpan lagi.");
        assertThat(asAdmin(antiSpam::settings).maxPerAddressPerHour()).isEqualTo(30);
        assertThat(view.maxPerAddressPerHour.getValue()).isEqualTo(50);
    }

    @Test
    void an_admin_adds_a_number_and_an_address_to_the_block_list_and_removes_one() {
        login("admin", "ADMIN");
        AntiSpamSettingsView view = navigate(AntiSpamSettingsView.class);
        assertThat(_size(view.blockList)).isZero();

        userSets(view.blockValue, "0812 3456 7890");
        userSets(view.blockNote, "pesanan palsu 3x");
        _click(view.addBlock);
        userSets(view.blockKind, BlockKind.ADDRESS);
        userSets(view.blockValue, "Jl. Mawar No. 5");
        _click(view.addBlock);

        assertThat(_size(view.blockList)).isEqualTo(2);
        assertThat(_getFormatted(view.blockList, 0, "value")).isEqualTo("Jl. Mawar No. 5");
        assertThat(_getFormatted(view.blockList, 1, "value")).isEqualTo("0812-3456-7890");
        assertThat(_getFormatted(view.blockList, 1, "kind")).isEqualTo("Nomor WhatsApp");
        assertThat(view.blockValue.getValue()).as("ready for the next entry").isEmpty();
        assertThat(asAdmin(antiSpam::blockList)).extracting(BlockEntry::createdBy).containsOnly("admin");

        _click((Button) _getCellComponent(view.blockList, 0, "remove"));

        assertThat(asAdmin(antiSpam::blockList)).extracting(BlockEntry::value).containsExactly("6281234567890");
        assertThat(_size(view.blockList)).isEqualTo(1);
    }

    @Test
    void an_invalid_number_is_refused_with_the_indonesian_message() {
        login("admin", "ADMIN");
        AntiSpamSettingsView view = navigate(AntiSpamSettingsView.class);

        userSets(view.blockValue, "12-34");
        _click(view.addBlock);

        NotificationsKt.expectNotifications("Nomor WhatsApp tidak valid, contoh: 0812-3456-7890.");
        assertThat(asAdmin(antiSpam::blockList)).isEmpty();
        assertThat(view.blockValue.getValue()).as("nothing typed is lost").isEqualTo("12-34");
    }

    @Test
    void the_menu_offers_it_to_admins() {
        login("admin", "ADMIN");
        UI.getCurrent().navigate("orders");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Anti-spam");
    }

    @Test
    void customer_service_neither_sees_nor_opens_it() {
        login("cs", "CS");
        UI.getCurrent().navigate("orders");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Anti-spam");
        UI.getCurrent().navigate("settings/anti-spam");

        assertThat(_find(AntiSpamSettingsView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }
}
