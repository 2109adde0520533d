package id.orderan.base.dataio;

import id.orderan.base.BusinessException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reading the values sellers really type into a spreadsheet, for every import: rupiah and whole
 * numbers as Indonesians write them ({@code Rp 1.250.000}, {@code 1.250.000}, {@code 1250000},
 * {@code 1.250.000,00}; Excel in an English locale writes {@code 1,250,000}) and yes/no words
 * ({@code ya}/{@code tidak}, {@code 1}/{@code 0}, {@code true}/{@code false}). A value that does not
 * read is refused with the column name and the value, never guessed: {@code 12,5} is neither
 * 125 nor 12 rupiah.
 */
public final class CellValues {

    /** Groups of three digits behind dots (Indonesian) or commas (English); a ",00" / ".00" tail of zeros. */
    private static final Pattern GROUPED_DOTS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,0{1,2})?");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.0{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+([.,]0{1,2})?");
    private static final Set<String> YES = Set.of("ya", "y", "yes", "true", "1", "aktif", "benar");
    private static final Set<String> NO = Set.of("tidak", "tdk", "t", "no", "n", "false", "0", "nonaktif", "salah");

    private CellValues() {}

    /**
     * A whole number of rupiah, or null when the cell is blank. A leading minus is read (so the
     * feature's own rule can say "harga tidak boleh negatif" instead of "not a number").
     */
    public static @Nullable Long rupiah(CsvRecord record, String column) {
        String raw = record.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        String text = raw.replace('\u00A0', ' ').strip();
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1).strip();
        }
        if (text.regionMatches(true, 0, "Rp", 0, 2)) {
            text = text.substring(2).strip();
            if (text.startsWith(".")) { // "Rp. 15.000"
                text = text.substring(1).strip();
            }
        }
        if (!negative && text.startsWith("-")) { // "Rp -5.000"
            negative = true;
            text = text.substring(1).strip();
        }
        text = text.replace(" ", "");
        @Nullable String digits = digits(text);
        if (digits == null || digits.length() > 15) {
            throw new BusinessException("error.import.rupiah", column, raw);
        }
        long value = Long.parseLong(digits);
        return negative ? -value : value;
    }

    /** A whole number (weight in grams, stock, a threshold), thousands separators allowed; null when blank. */
    public static @Nullable Integer whole(CsvRecord record, String column) {
        String raw = record.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        String text = raw.strip();
        boolean negative = text.startsWith("-");
        if (negative) {
            text = text.substring(1).strip();
        }
        @Nullable String digits = digits(text);
        if (digits == null || digits.length() > 9) {
            throw new BusinessException("error.import.whole-number", column, raw);
        }
        int value = Integer.parseInt(digits);
        return negative ? -value : value;
    }

    /**
     * The digits of a whole number written the Indonesian way ({@code 1.250.000}, {@code 1.250.000,00}),
     * the English way ({@code 1,250,000}) or plain; null when it is none of those (e.g. {@code 12,5}).
     */
    private static @Nullable String digits(String text) {
        if (GROUPED_DOTS.matcher(text).matches()) {
            return text.replaceFirst(",0+$", "").replace(".", "");
        }
        if (GROUPED_COMMAS.matcher(text).matches()) {
            return text.replaceFirst("\\.0+$", "").replace(",", "");
        }
        if (PLAIN.matcher(text).matches()) {
            return text.replaceFirst("[.,]0+$", "");
        }
        return null;
    }

    /** Yes or no in the words sellers use; null when blank. */
    public static @Nullable Boolean yesNo(CsvRecord record, String column) {
        String raw = record.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        String word = raw.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (NO.contains(word)) {
            return false;
        }
        throw new BusinessException("error.import.yes-no", column, raw);
    }

    /** The trimmed text; refused when blank. */
    public static String required(CsvRecord record, String column) {
        String value = record.get(column);
        if (value.isEmpty()) {
            throw new BusinessException("error.import.required", column);
        }
        return value;
    }

    /** The first of these column names the file has (a column may go by a second name), else the first. */
    public static String firstOf(CsvRecord record, String... columns) {
        for (String column : columns) {
            if (record.has(column)) {
                return column;
            }
        }
        return columns[0];
    }
}
