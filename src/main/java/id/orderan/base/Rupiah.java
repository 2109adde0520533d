package id.orderan.base;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Indonesian Rupiah amounts. IDR has no minor unit in practice, so money is a {@code long} of whole
 * rupiah everywhere; this formats it the way sellers write it: {@code Rp 1.250.000}.
 */
public final class Rupiah {

    /**
     * The largest amount staff may type: Rp 999 triliun. Far above any order, and small enough that a
     * total of several such amounts still fits a {@code long}.
     */
    public static final long MAX = 999_999_999_999_999L;

    private static final Pattern TYPED =
            Pattern.compile("(-)?(?:rp\\.?)?(-)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,-|,0+)?");

    private Rupiah() {}

    /**
     * What sellers type into a money field, the way they write it: {@code 1.250.000}, {@code 1250000},
     * {@code Rp 1.250.000}, {@code Rp1.250.000,-} or {@code 1.250.000,00}. Blank is {@code null}.
     *
     * @throws BusinessException {@code error.money.invalid}, {@code error.money.negative} or
     *         {@code error.money.too-large}
     */
    public static @Nullable Long parse(String typed) {
        String compact = typed.replaceAll("[\\s\\u00A0]", "").toLowerCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return null;
        }
        var matcher = TYPED.matcher(compact);
        if (!matcher.matches()) {
            throw new BusinessException("error.money.invalid");
        }
        if (matcher.group(1) != null || matcher.group(2) != null) {
            throw new BusinessException("error.money.negative");
        }
        String digits = matcher.group(3).replace(".", "").replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > Long.toString(MAX).length() || Long.parseLong(digits) > MAX) {
            throw new BusinessException("error.money.too-large");
        }
        return Long.parseLong(digits);
    }

    public static String format(long amount) {
        return (amount < 0 ? "-Rp " : "Rp ") + digits(Math.abs(amount));
    }

    /** Thousands grouped the Indonesian way, for counts too: {@code 1.250.000}. */
    public static String digits(long number) {
        String digits = Long.toString(Math.abs(number));
        var grouped = new StringBuilder(digits.length() + digits.length() / 3);
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return (number < 0 ? "-" : "") + grouped;
    }
}
