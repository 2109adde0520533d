package id.orderan.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a UI string is missing from a bundle, or the two languages drift apart. */
class TranslationKeysTest {

    /** getTranslation("key"…) and new BusinessException("key"…) with a literal key. */
    private static final Pattern KEY_LITERAL =
            Pattern.compile("(?:getTranslation|BusinessException|translate|text)\\(\\s*\"([a-z0-9_.-]+)\"");

    private final ResourceBundle indonesian = Translations.bundle(Translations.INDONESIAN);
    private final ResourceBundle english = Translations.bundle(Locale.ENGLISH);

    @Test
    void both_languages_have_exactly_the_same_keys() {
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(indonesian.keySet()));
    }

    /**
     * A key written twice silently takes the later text (features append their keys to the same
     * files, so a second "delivered.done" once replaced List Order's message with the station's).
     */
    @Test
    void no_key_is_defined_twice_in_either_language() throws IOException {
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources/vaadin-i18n", file)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
            Set<String> seen = new TreeSet<>();
            assertThat(keys.stream().filter(key -> !seen.add(key)).toList()).as(file).isEmpty();
        }
    }

    @Test
    void every_key_used_in_the_code_exists_in_both_languages() throws IOException {
        Set<String> used = keysUsedInSources();
        assertThat(used).as("keys found in sources").hasSizeGreaterThan(50);
        assertThat(indonesian.keySet()).containsAll(used);
        assertThat(english.keySet()).containsAll(used);
    }

    @Test
    void every_enum_label_has_a_translation() {
        Stream.of(OrderStatus.values()).map(OrderStatus::labelKey).forEach(this::assertTranslated);
        Stream.of(OrderSource.values()).map(OrderSource::labelKey).forEach(this::assertTranslated);
        Stream.of(CustomerCategory.values()).map(CustomerCategory::labelKey).forEach(this::assertTranslated);
        Stream.of(id.orderan.security.Role.values()).map(id.orderan.security.Role::labelKey).forEach(this::assertTranslated);
        Stream.of(id.orderan.security.SignInOutcome.values()).map(id.orderan.security.SignInOutcome::labelKey)
                .forEach(this::assertTranslated);
    }

    /**
     * Every enum that implements {@link Labelled}, found on the class path rather than listed, so a
     * new one is checked the day it is written; and the enums users see must be among them.
     */
    @Test
    void every_constant_of_every_labelled_enum_is_translated_in_both_languages() {
        List<Class<?>> labelled = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.orderan").stream()
                .filter(c -> c.isEnum() && c.isAssignableTo(Labelled.class))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertThat(labelled).contains(OrderStatus.class, OrderSource.class, CustomerCategory.class,
                id.orderan.order.OrderField.class, id.orderan.catalog.StockReason.class,
                id.orderan.catalog.ProductFilter.Status.class, id.orderan.followup.FollowUpChannel.class,
                id.orderan.followup.FollowUpStage.class, id.orderan.followup.FollowUpState.class,
                id.orderan.security.Role.class, id.orderan.security.SignInOutcome.class,
                id.orderan.payment.PaymentKind.class, id.orderan.payment.ConfirmationState.class,
                id.orderan.document.LabelFormat.class,
                id.orderan.base.dataio.MatchMode.class, id.orderan.base.dataio.ExportFormat.class);
        for (Class<?> type : labelled) {
            for (Object constant : type.getEnumConstants()) {
                assertTranslated(((Labelled) constant).labelKey());
            }
        }
    }

    @Test
    void indonesian_is_the_default_and_english_is_available() {
        var translations = new Translations();
        assertThat(translations.getTranslation("nav.logout", Locale.forLanguageTag("id-ID"))).isEqualTo("Keluar");
        assertThat(translations.getTranslation("nav.logout", Locale.US)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Keluar");
        assertThat(translations.getTranslation("products.grams", Locale.forLanguageTag("id"), 1250)).isEqualTo("1.250 g");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private void assertTranslated(String key) {
        assertThat(indonesian.containsKey(key)).as("id: " + key).isTrue();
        assertThat(english.containsKey(key)).as("en: " + key).isTrue();
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix completed at run time: see the enum tests
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }
}
