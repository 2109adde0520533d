package id.orderan.base.dataio;

import org.jspecify.annotations.Nullable;

/**
 * The one place where text bound for a spreadsheet is neutralised against formula injection
 * ("CSV injection"): a buyer who names themselves {@code =HYPERLINK("http://evil", "klik")} must
 * not get a live formula into the seller's Excel. Text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text. Every {@link TableWriter} sends its text cells through here;
 * numbers (money, quantities) are written as numbers and never pass through.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    public static String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
