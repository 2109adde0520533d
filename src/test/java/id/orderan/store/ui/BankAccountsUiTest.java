package id.orderan.store.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreProfile.BankAccount;
import id.orderan.store.StoreService;
import id.orderan.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pengaturan › Toko's bank account list, used like an admin would: labels, buttons, the save button. */
class BankAccountsUiTest extends KaribuTest {

    @Autowired
    StoreService stores;

    @BeforeEach
    void signIn() {
        login("admin", "ADMIN");
    }

    @Test
    void an_admin_adds_two_accounts_and_they_are_saved_in_that_order() {
        saved();
        navigate(StoreSettingsView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText(
                "Belum ada rekening. Pembeli perlu tahu ke mana harus transfer."))).hasSize(1);

        addAccount("BCA", "883 012 3456", "Toko Kopi");
        addAccount("BRI", "0123-01-000111-30-5", "Kopi Nusantara");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        assertThat(stores.profile().banks()).containsExactly(new BankAccount("BCA", "8830123456", "Toko Kopi"),
                new BankAccount("BRI", "012301000111305", "Kopi Nusantara"));
        assertThat(fields("Nomor rekening")).extracting(TextField::getValue)
                .as("the form shows what was stored").containsExactly("8830123456", "012301000111305");
    }

    @Test
    void moving_an_account_up_and_removing_another_is_what_gets_saved() {
        saved(new BankAccount("BCA", "8830123456", "Toko Kopi"), new BankAccount("BRI", "012301000111305", "Ani"),
                new BankAccount("Mandiri", "1370012345678", "Budi"));
        navigate(StoreSettingsView.class);
        assertThat(buttons("Naikkan").getFirst().isEnabled()).as("the first cannot move up").isFalse();
        assertThat(buttons("Turunkan").getLast().isEnabled()).as("the last cannot move down").isFalse();

        _click(buttons("Naikkan").get(2)); // Mandiri above BRI
        _click(buttons("Hapus rekening").getFirst()); // BCA goes
        assertThat(fields("Bank")).extracting(TextField::getValue).containsExactly("Mandiri", "BRI");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        assertThat(stores.profile().banks()).extracting(BankAccount::bank).containsExactly("Mandiri", "BRI");
    }

    @Test
    void a_number_with_letters_shows_the_indonesian_message_and_saves_nothing() {
        saved(new BankAccount("BCA", "8830123456", "Toko Kopi"));
        navigate(StoreSettingsView.class);

        addAccount("BRI", "0123-AB-4567", "Ani");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        NotificationsKt.expectNotifications("Rekening ke-2: nomor rekening hanya boleh angka, 6–20 digit.");
        stores.forget();
        assertThat(stores.profile().banks()).containsExactly(new BankAccount("BCA", "8830123456", "Toko Kopi"));
        assertThat(fields("Bank")).as("nothing typed is lost").hasSize(2);
    }

    @Test
    void a_holder_left_empty_is_refused_with_its_own_message() {
        saved();
        long version = stores.profile().version();
        navigate(StoreSettingsView.class);

        addAccount("BNI", "0123456789", "");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        NotificationsKt.expectNotifications("Rekening ke-1: nama pemilik rekening (atas nama) wajib diisi.");
        assertThat(stores.profile().version()).isEqualTo(version);
        assertThat(stores.profile().banks()).isEmpty();
    }

    @Test
    void saving_a_form_someone_else_saved_meanwhile_is_refused() {
        saved(new BankAccount("BCA", "8830123456", "Toko Kopi"));
        navigate(StoreSettingsView.class);
        StoreProfile current = stores.profile();
        asAdmin(() -> stores.save(new StoreProfile("Toko Baru", "", "", "", current.banks(), "", "100x150", null, null,
                current.version())));

        addAccount("BRI", "0123456789", "Ani");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        NotificationsKt.expectNotifications("Profil toko baru saja diubah orang lain. Muat ulang halaman, lalu simpan lagi.");
        assertThat(stores.profile().banks()).hasSize(1);
        assertThat(stores.profile().name()).isEqualTo("Toko Baru");
    }

    private void addAccount(String bank, String number, String holder) {
        _click(_get(Button.class, spec -> spec.withText("Tambah rekening")));
        userSets(fields("Bank").getLast(), bank);
        userSets(fields("Nomor rekening").getLast(), number);
        userSets(fields("Atas nama").getLast(), holder);
    }

    private static List<TextField> fields(String label) {
        return _find(TextField.class, spec -> spec.withLabel(label));
    }

    private static List<Button> buttons(String ariaLabel) {
        return _find(Button.class, spec -> spec.withAttribute("aria-label", ariaLabel));
    }

    private void saved(BankAccount... accounts) {
        asAdmin(() -> stores.save(new StoreProfile("Kopi Nusantara", "", "", "", List.of(accounts), "", "100x150", null,
                null, stores.profile().version())));
    }
}
