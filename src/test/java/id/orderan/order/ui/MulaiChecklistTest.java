package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import id.orderan.base.ui.SetupChecklist;
import id.orderan.security.Role;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.support.KaribuTest;
import id.orderan.support.TestUsers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Mulai checklist on List Order (the home screen) of a shop that starts from nothing. */
class MulaiChecklistTest extends KaribuTest {

    private static final String STORE = "Isi profil toko (nama, alamat, kontak)";
    private static final String BANKS = "Tambahkan rekening bank untuk pembayaran";
    private static final String PRODUCTS = "Tambahkan produk pertama";
    private static final String STAFF = "Buat akun untuk tim (CS, gudang)";

    @Autowired
    StoreService stores;

    @Autowired
    TestUsers testUsers;

    /** A new shop has only the admin created on the first start; other tests may have left accounts behind. */
    @BeforeEach
    void onlyTheFirstAdmin() {
        testUsers.onlyTheFirstAdmin();
    }

    @Test
    void on_an_empty_shop_the_admin_sees_four_unticked_steps_each_linking_to_its_screen() {
        login("admin", "ADMIN");
        navigate(OrderListView.class);

        SetupChecklist checklist = _get(SetupChecklist.class);
        assertThat(checklist.isVisible()).isTrue();
        assertThat(links(checklist)).containsExactly(entry(STORE, "settings/store"), entry(BANKS, "settings/store"),
                entry(PRODUCTS, "products"), entry(STAFF, "settings/users"));
        assertThat(ticked(checklist)).isEmpty();
        assertThat(_get(checklist, Paragraph.class, spec -> spec.withText(
                "0 dari 4 langkah selesai. Selesaikan semuanya sebelum mulai berjualan.")).isVisible()).isTrue();
    }

    @Test
    void a_first_product_and_a_bank_account_tick_their_steps() {
        data.product("Kopi Gayo 250 g", 85_000);
        saveStoreWithABankAccount();

        login("admin", "ADMIN");
        navigate(OrderListView.class);

        SetupChecklist checklist = _get(SetupChecklist.class);
        assertThat(ticked(checklist)).containsExactly(STORE, BANKS, PRODUCTS);
        assertThat(links(checklist)).containsKey(STAFF);
    }

    @Test
    void the_store_profile_saved_without_a_bank_account_ticks_only_the_profile() {
        asAdmin(() -> stores.save(new StoreProfile("Kopi Nusantara", "Sleman", "0812-1111-2222", "", List.of(), "",
                "100x150", null, null, StoreProfile.NEVER_SAVED)));

        login("admin", "ADMIN");
        navigate(OrderListView.class);

        assertThat(ticked(_get(SetupChecklist.class))).containsExactly(STORE);
    }

    @Test
    void customer_service_never_sees_the_checklist() {
        login("cs", "CS");
        navigate(OrderListView.class);

        assertThat(_find(SetupChecklist.class)).isEmpty();
    }

    @Test
    void the_warehouse_never_sees_the_checklist() {
        login("gudang", "GUDANG");
        navigate(OrderListView.class);

        assertThat(_find(SetupChecklist.class)).isEmpty();
    }

    @Test
    void when_every_step_is_done_the_checklist_is_gone() {
        data.product("Kopi Gayo 250 g", 85_000);
        saveStoreWithABankAccount();
        testUsers.withGeneratedPassword("sari", Role.CS);

        login("admin", "ADMIN");
        navigate(OrderListView.class);

        assertThat(_find(SetupChecklist.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText(PRODUCTS))).isEmpty();
    }

    private void saveStoreWithABankAccount() {
        asAdmin(() -> stores.save(new StoreProfile("Kopi Nusantara", "Sleman", "0812-1111-2222", "",
                List.of(new StoreProfile.BankAccount("BCA", "8830123456", "Kopi Nusantara")), "", "100x150", null, null,
                stores.profile().version())));
    }

    private static Map<String, String> links(SetupChecklist checklist) {
        Map<String, String> links = new LinkedHashMap<>();
        _find(checklist, Anchor.class).forEach(a -> links.put(a.getText(), a.getHref()));
        return links;
    }

    private static List<String> ticked(SetupChecklist checklist) {
        return _find(checklist, ListItem.class, spec -> spec.withClasses(SetupChecklist.DONE_CLASS)).stream()
                .map(item -> _get(item, Anchor.class).getText()).toList();
    }
}
