package id.orderan.base;

/**
 * Indonesian Rupiah amounts. IDR has no minor unit in practice, so money is a {@code long} of whole
 * rupiah everywhere; this formats it the way sellers write it: {@code Rp 1.250.000}.
 */
public final class Rupiah {

    private Rupiah() {}

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
