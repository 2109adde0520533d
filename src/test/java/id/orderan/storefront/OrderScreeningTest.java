package id.orderan.storefront;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.orderan.base.BusinessException;
import id.orderan.support.IntegrationTest;
import id.orderan.support.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 13, spam and fake orders: every rule of the order forms' screening on the real database
 * (decisions 0145, 0146). Defaults: name ≥ 3, address ≥ 15, 5 per number and 30 per address per hour.
 */
class OrderScreeningTest extends IntegrationTest {

    private static final String GOOD_ADDRESS = "Jl. Melati No. 12, Sukajadi, Bandung";

    @Autowired
    OrderScreening screening;

    @Autowired
    AntiSpamService antiSpam;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void a_filled_honeypot_is_a_trap_and_counts_nothing() {
        Screening result = screening.screen(new Submission("Budi Santoso", "081234567890", GOOD_ADDRESS,
                "https://spam.example", "10.0.0.1"));

        assertThat(result).isEqualTo(new Screening.Trap());
        assertThat(attempts()).isZero();
    }

    @Test
    void a_plain_submission_is_accepted_without_a_reason_and_counted() {
        Screening result = screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0.1");

        assertThat(result).isEqualTo(new Screening.Accept(null));
        assertThat(jdbc.queryForObject("SELECT phone FROM order_attempt", String.class)).isEqualTo("6281234567890");
    }

    @Test
    void the_sixth_submission_of_one_number_within_an_hour_is_too_many_in_whatever_spelling_and_from_any_address() {
        String[] spellings = {"081234567890", "0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890"};
        for (int i = 0; i < spellings.length; i++) {
            assertThat(screen("Budi Santoso", spellings[i], GOOD_ADDRESS, "10.0.0." + i))
                    .isInstanceOf(Screening.Accept.class);
        }

        Screening sixth = screen("Budi Santoso", "0812 3456 7890", GOOD_ADDRESS, "10.0.9.9");

        assertThat(sixth).isInstanceOfSatisfying(Screening.TooMany.class,
                tooMany -> assertThat(tooMany.retryAfterSeconds()).isBetween(3_500L, 3_601L));
        assertThat(attempts()).as("a refused submission is not counted").isEqualTo(5);
        assertThat(screen("Siti Aminah", "085711112222", GOOD_ADDRESS, "10.0.9.9"))
                .as("another number is not held back").isEqualTo(new Screening.Accept(null));
    }

    @Test
    void once_the_oldest_attempt_has_left_the_hour_the_number_may_order_again() {
        for (int i = 0; i < 5; i++) {
            screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0." + i);
            clock.advance(Duration.ofMinutes(10));
        }
        Screening.TooMany refused = (Screening.TooMany) screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.1.1");
        assertThat(refused.retryAfterSeconds()).as("the first attempt, 50 minutes old, leaves in 10 minutes")
                .isBetween(9 * 60L, 10 * 60L + 1);

        clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));

        assertThat(screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.1.1")).isInstanceOf(Screening.Accept.class);
    }

    @Test
    void a_client_address_over_its_hourly_limit_is_too_many_whatever_the_number() {
        saveSettings(3, 15, 0, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(screen("Budi Santoso", "08123456780" + i, GOOD_ADDRESS, "203.0.113.7"))
                    .isInstanceOf(Screening.Accept.class);
        }

        assertThat(screen("Budi Santoso", "0812345678099", GOOD_ADDRESS, "203.0.113.7"))
                .isInstanceOf(Screening.TooMany.class);
        assertThat(screen("Budi Santoso", "0812345678099", GOOD_ADDRESS, "203.0.113.8"))
                .as("another address is not held back").isInstanceOf(Screening.Accept.class);
    }

    @Test
    void a_limit_of_zero_means_no_limit() {
        saveSettings(3, 15, 0, 0);

        for (int i = 0; i < 40; i++) {
            assertThat(screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0.1"))
                    .isInstanceOf(Screening.Accept.class);
        }
    }

    @Test
    void a_short_name_and_a_short_address_are_accepted_with_both_reasons() {
        assertThat(screen("A. .", "081234567890", GOOD_ADDRESS, "10.0.0.1"))
                .isEqualTo(new Screening.Accept("nama kurang dari 3 huruf"));
        assertThat(screen("Budi Santoso", "081234567891", "Jl. A 1", "10.0.0.1"))
                .isEqualTo(new Screening.Accept("alamat kurang dari 15 karakter"));
        assertThat(screen("xy", "081234567892", "bdg", "10.0.0.1"))
                .isEqualTo(new Screening.Accept("nama kurang dari 3 huruf; alamat kurang dari 15 karakter"));
    }

    @Test
    void the_minimum_lengths_follow_the_settings_and_count_letters_not_spaces() {
        saveSettings(10, 0, 5, 30);

        assertThat(screen("Budi Santos", "081234567890", "x", "10.0.0.1")).isEqualTo(new Screening.Accept(null));
        assertThat(screen("Budi Santo", "081234567891", "x", "10.0.0.1"))
                .isEqualTo(new Screening.Accept("nama kurang dari 10 huruf"));
    }

    @Test
    void a_blocked_number_matches_in_any_spelling_and_flags_the_order() {
        asAdmin(() -> antiSpam.block(BlockKind.PHONE, "0812 3456 7890", "penipu"));

        assertThat(screen("Budi Santoso", "+62-812-3456-7890", GOOD_ADDRESS, "10.0.0.1"))
                .isEqualTo(new Screening.Accept(OrderScreening.BLOCKED));
        assertThat(screen("Budi Santoso", "081234567899", GOOD_ADDRESS, "10.0.0.1"))
                .isEqualTo(new Screening.Accept(null));
    }

    @Test
    void a_blocked_address_fragment_matches_whole_words_ignoring_case_and_punctuation() {
        asAdmin(() -> antiSpam.block(BlockKind.ADDRESS, "Jl. Mawar No. 5", null));

        assertThat(screen("Budi Santoso", "081234567890", "JL MAWAR no.5, Coblong, Bandung", "10.0.0.1"))
                .isEqualTo(new Screening.Accept(OrderScreening.BLOCKED));
        assertThat(screen("Budi Santoso", "081234567891", "Jl. Mawar No. 55, Coblong, Bandung", "10.0.0.1"))
                .isEqualTo(new Screening.Accept(null));
    }

    @Test
    void an_entry_added_or_removed_applies_to_the_next_screening() {
        assertThat(screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0.1")).isEqualTo(new Screening.Accept(null));
        BlockEntry entry = asAdmin(() -> antiSpam.block(BlockKind.PHONE, "081234567890", null));

        assertThat(screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0.1"))
                .isEqualTo(new Screening.Accept(OrderScreening.BLOCKED));

        asAdmin(() -> {
            antiSpam.unblock(entry.id());
            return null;
        });
        assertThat(screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0.1")).isEqualTo(new Screening.Accept(null));
    }

    @Test
    void the_reason_never_exceeds_the_column() {
        String reason = OrderScreening.reason(new Submission("", "081234567890", "", "", "10.0.0.1"),
                new AntiSpamSettings(50, 200, 5, 30, 0), BlockList.of(List.of()));

        assertThat(reason).isNotNull().hasSizeLessThanOrEqualTo(OrderScreening.MAX_REASON)
                .isEqualTo("nama kurang dari 50 huruf; alamat kurang dari 200 karakter");
    }

    @Test
    void attempts_older_than_a_day_are_pruned_by_a_later_screening() {
        LocalDateTime twoDaysAgo = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(2)), ZoneOffset.UTC);
        LocalDateTime anHourAgo = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(50)), ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO order_attempt (phone, client_address, attempted_at) VALUES (?, ?, ?)",
                    "6281111111" + i, "10.9.9.9", twoDaysAgo);
        }
        jdbc.update("INSERT INTO order_attempt (phone, client_address, attempted_at) VALUES (?, ?, ?)",
                "6282222222222", "10.9.9.9", anHourAgo);
        clock.advance(OrderAttempts.PRUNE_EVERY.plusMinutes(1)); // whenever this node pruned last, it is due now

        screen("Budi Santoso", "081234567890", GOOD_ADDRESS, "10.0.0.1");

        assertThat(jdbc.queryForList("SELECT phone FROM order_attempt ORDER BY id", String.class))
                .containsExactly("6282222222222", "6281234567890");
    }

    @Test
    void settings_start_as_defaults_and_save_with_the_version_they_were_read_with() {
        AntiSpamSettings defaults = asAdmin(antiSpam::settings);
        assertThat(defaults).isEqualTo(AntiSpamSettings.DEFAULTS);

        AntiSpamSettings saved = saveSettings(4, 20, 6, 40);
        assertThat(asAdmin(antiSpam::settings)).isEqualTo(saved);
        assertThat(saved.version()).isNotEqualTo(AntiSpamSettings.NEVER_SAVED);

        assertThatThrownBy(() -> asAdmin(() -> antiSpam.save(new AntiSpamSettings(5, 20, 6, 40,
                defaults.version()))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.antispam.changed"));
        assertThat(asAdmin(antiSpam::settings).minNameLength()).isEqualTo(4);
    }

    @Test
    void settings_out_of_range_are_refused_and_change_nothing() {
        assertThatThrownBy(() -> saveSettings(-1, 15, 5, 30))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.antispam.out-of-range");
                    assertThat(e.args()).containsExactly("antispam.min-name", 0, AntiSpamSettings.MAX_NAME_LENGTH);
                });
        assertThatThrownBy(() -> saveSettings(3, 15, AntiSpamSettings.MAX_PER_PHONE + 1, 30))
                .isInstanceOf(BusinessException.class);
        assertThat(asAdmin(antiSpam::settings)).isEqualTo(AntiSpamSettings.DEFAULTS);
    }

    @Test
    void only_admins_read_or_change_the_rules() {
        assertThatThrownBy(() -> as("cs", "CS", antiSpam::settings)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("cs", "CS", () -> antiSpam.block(BlockKind.PHONE, "081234567890", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pembeli", "BUYER", antiSpam::blockList)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void block_list_entries_are_checked_normalised_and_recorded_with_who_and_when() {
        BlockEntry phone = asAdmin(() -> antiSpam.block(BlockKind.PHONE, "+62 812-3456-7890", "  pesanan palsu  "));

        assertThat(phone.value()).isEqualTo("6281234567890");
        assertThat(phone.note()).isEqualTo("pesanan palsu");
        assertThat(phone.createdBy()).isEqualTo("admin");
        assertThat(phone.createdAt()).isCloseTo(clock.instant(), within(
                Duration.ofMinutes(1)));
        assertRefused(() -> antiSpam.block(BlockKind.PHONE, "0812 3456 7890", null), "error.antispam.block-duplicate");
        assertRefused(() -> antiSpam.block(BlockKind.PHONE, "12345", null), "error.antispam.block-phone-invalid");
        assertRefused(() -> antiSpam.block(BlockKind.ADDRESS, " jl. ", null), "error.antispam.block-address-short");
        asAdmin(() -> antiSpam.block(BlockKind.ADDRESS, "Jl. Mawar No. 5", null));
        assertRefused(() -> antiSpam.block(BlockKind.ADDRESS, "jl mawar no 5", null), "error.antispam.block-duplicate");
        assertThat(asAdmin(antiSpam::blockList)).extracting(BlockEntry::value)
                .containsExactly("Jl. Mawar No. 5", "6281234567890");
    }

    private void assertRefused(Supplier<?> action, String key) {
        assertThatThrownBy(() -> asAdmin(action)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private AntiSpamSettings saveSettings(int minName, int minAddress, int perPhone, int perAddress) {
        return asAdmin(() -> antiSpam.save(new AntiSpamSettings(minName, minAddress, perPhone, perAddress,
                antiSpam.settings().version())));
    }

    private Screening screen(String name, String phone, String address, String clientAddress) {
        return screening.screen(new Submission(name, phone, address, "", clientAddress));
    }

    private long attempts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM order_attempt", Long.class);
    }
}
