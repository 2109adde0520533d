package id.orderan.store;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.document.DocumentService;
import id.orderan.followup.FollowUpChannel;
import id.orderan.followup.FollowUpService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.store.StoreProfile.BankAccount;
import id.orderan.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Bank accounts as rows: validation, order, optimistic locking, the migration from text lines, and their readers. */
class BankAccountsTest extends IntegrationTest {

    private static final String OLD_TEXT = "BRI|0123-01-000111-30-5|Kopi Nusantara\r\n"
            + "broken line without parts\n"
            + "Mandiri | 137 0012 345678 | Ani Wijaya \n"
            + "|123456|no bank\n"
            + "BCA|8830.123.456|Toko Kopi";

    @Autowired
    StoreService stores;

    @Autowired
    DocumentService documents;

    @Autowired
    FollowUpService followUps;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_migration_turns_text_lines_into_rows_in_their_order_like_the_old_reader() throws Exception {
        jdbc.update("INSERT INTO store_profile (id, name, banks, label_format, version) VALUES (1, 'Toko Lama', ?, '100x150', 3)",
                OLD_TEXT);

        jdbc.update(new ClassPathResource("db/changelog/store/003-bank-accounts-from-text.sql")
                .getContentAsString(StandardCharsets.UTF_8));
        stores.forget();

        List<BankAccount> expected = List.of(new BankAccount("BRI", "012301000111305", "Kopi Nusantara"),
                new BankAccount("Mandiri", "1370012345678", "Ani Wijaya"),
                new BankAccount("BCA", "8830123456", "Toko Kopi"));
        assertThat(BankAccounts.fromTextLines(OLD_TEXT)).as("the Java reading of the same text").isEqualTo(expected);
        assertThat(stores.profile().banks()).isEqualTo(expected);
        assertThat(stores.profile().version()).isEqualTo(3);
    }

    @Test
    void running_the_migration_twice_does_not_copy_the_accounts_twice() throws Exception {
        jdbc.update("INSERT INTO store_profile (id, name, banks, label_format, version) VALUES (1, 'Toko Lama', ?, '100x150', 0)",
                "BNI|0123456789|Ani");
        String sql = new ClassPathResource("db/changelog/store/003-bank-accounts-from-text.sql")
                .getContentAsString(StandardCharsets.UTF_8);

        jdbc.update(sql);
        jdbc.update(sql);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM store_bank_account", Integer.class)).isEqualTo(1);
    }

    @Test
    void saved_accounts_keep_their_order_lose_their_separators_and_reach_invoices_and_follow_up_messages()
            throws Exception {
        StoreProfile saved = asAdmin(() -> stores.save(profile(StoreProfile.NEVER_SAVED,
                new BankAccount(" BRI ", "0123-01-000111-30-5", "Kopi Nusantara"),
                new BankAccount("Mandiri", "137 0012 345678", "Ani"))));

        assertThat(saved.banks()).containsExactly(new BankAccount("BRI", "012301000111305", "Kopi Nusantara"),
                new BankAccount("Mandiri", "1370012345678", "Ani"));
        stores.forget();
        assertThat(stores.profile().banks()).as("read back from the table").isEqualTo(saved.banks());

        SalesOrder order = anOrder();
        try (PDDocument pdf = Loader.loadPDF(asAdmin(() -> documents.invoice(order.getOrderNumber(), null, Locale.ROOT)))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("BRI 012301000111305", "Mandiri 1370012345678")
                    .doesNotContain("BCA 1234567890");
        }
        String message = as("cs", "CS", () -> followUps.draft(order.getOrderNumber(), FollowUpChannel.WHATSAPP)).message();
        assertThat(message).contains("BRI 012301000111305 a.n. Kopi Nusantara", "Mandiri 1370012345678 a.n. Ani");
        assertThat(message.indexOf("BRI")).as("in the seller's order").isLessThan(message.indexOf("Mandiri"));
    }

    @Test
    void a_bad_account_is_refused_with_its_position_and_nothing_changes() {
        StoreProfile first = asAdmin(() -> stores.save(profile(StoreProfile.NEVER_SAVED,
                new BankAccount("BCA", "1234567890", "Ani"))));

        assertRefused(first, new BankAccount("BRI", "12AB-3456-7890", "Ani"), "error.store.bank-number", 2);
        assertRefused(first, new BankAccount("BRI", "123", "Ani"), "error.store.bank-number", 2);
        assertRefused(first, new BankAccount("BRI", "1".repeat(21), "Ani"), "error.store.bank-number", 2);
        assertRefused(first, new BankAccount(" ", "1234567890", "Ani"), "error.store.bank-required", 2);
        assertRefused(first, new BankAccount("BRI", "1234567890", ""), "error.store.bank-holder-required", 2);

        stores.forget();
        assertThat(stores.profile().banks()).containsExactly(new BankAccount("BCA", "1234567890", "Ani"));
        assertThat(stores.profile().version()).isEqualTo(first.version());
    }

    @Test
    void a_save_on_top_of_someone_elses_is_refused_and_changes_nothing() {
        StoreProfile read = asAdmin(() -> stores.save(profile(StoreProfile.NEVER_SAVED, new BankAccount("BCA", "1234567890", "Ani"))));
        StoreProfile other = asAdmin(() -> stores.save(profile(read.version(), new BankAccount("BNI", "0987654321", "Budi"))));
        assertThat(other.version()).isGreaterThan(read.version());

        assertThatThrownBy(() -> asAdmin(() -> stores.save(profile(read.version(), new BankAccount("BRI", "1111111111", "Cici")))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.store.changed");
        assertThatThrownBy(() -> asAdmin(() -> stores.save(profile(StoreProfile.NEVER_SAVED))))
                .as("a form filled before the first save").hasMessageContaining("error.store.changed");

        stores.forget();
        assertThat(stores.profile().banks()).containsExactly(new BankAccount("BNI", "0987654321", "Budi"));
    }

    @Test
    void only_admins_save_the_store_profile() {
        StoreProfile profile = profile(StoreProfile.NEVER_SAVED, new BankAccount("BCA", "1234567890", "Ani"));

        assertThatThrownBy(() -> as("cs", "CS", () -> stores.save(profile))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> stores.save(profile))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM store_bank_account", Integer.class)).isZero();
        assertThat(asAdmin(() -> stores.save(profile)).banks()).hasSize(1);
    }

    private void assertRefused(StoreProfile current, BankAccount bad, String key, int position) {
        StoreProfile attempt = profile(current.version(), current.banks().getFirst(), bad);
        assertThatThrownBy(() -> asAdmin(() -> stores.save(attempt))).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).startsWith(position);
        });
    }

    private static StoreProfile profile(long version, BankAccount... banks) {
        return new StoreProfile("Kopi Nusantara", "Jl. Kaliurang 5, Sleman", "0812-1111-2222", "halo@kopi.id", List.of(banks),
                "", "100x150", null, null, version);
    }

    private SalesOrder anOrder() {
        Customer siti = data.customer().name("Siti Nurhaliza").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(siti, OrderSource.MANUAL, kopi, 2);
    }
}
