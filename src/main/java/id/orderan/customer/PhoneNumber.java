package id.orderan.customer;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Indonesian mobile numbers as WhatsApp wants them: digits only, country code 62, no leading 0.
 * {@code 0812-3456-789}, {@code +62 812 3456 789} and {@code 628123456789} are the same number.
 */
public final class PhoneNumber {

    private PhoneNumber() {}

    /** The normalised {@code 62…} form, or empty when the input is not a plausible number. */
    public static Optional<String> normalize(@Nullable String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[^0-9]", "");
        if (digits.startsWith("0")) {
            digits = "62" + digits.substring(1);
        } else if (digits.startsWith("8")) {
            digits = "62" + digits;
        }
        if (!digits.startsWith("62") || digits.length() < 10 || digits.length() > 15) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /**
     * The digits of a search term as stored, for prefix search: {@code 0812}, {@code +62812} and
     * {@code 62812} all become {@code 62812}. Empty when the term does not look like an Indonesian
     * mobile number: those start with 08 (or 8 without the 0, or 62 8 with the country code), which
     * keeps resi numbers such as SiCepat's {@code 0042…} out of the phone search.
     */
    public static Optional<String> searchPrefix(String term) {
        String trimmed = term.trim();
        if (!trimmed.matches("\\+?[0-9][0-9 .()-]{2,}")) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.startsWith("08")) {
            return Optional.of("62" + digits.substring(1));
        }
        if (digits.startsWith("628")) {
            return Optional.of(digits);
        }
        if (digits.startsWith("8") && !trimmed.startsWith("+")) {
            return Optional.of("62" + digits);
        }
        return Optional.empty();
    }

    /** Human form for screens: {@code 0812-3456-7890}. */
    public static String display(@Nullable String normalized) {
        if (normalized == null || !normalized.startsWith("62")) {
            return normalized == null ? "" : normalized;
        }
        String local = "0" + normalized.substring(2);
        if (local.length() <= 8) {
            return local;
        }
        return local.substring(0, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);
    }
}
