package id.orderan.warehouse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scanner or a hand typed, cleaned the same way everywhere. Scanners send what the Code128 on the
 * label/packlist holds (the order number, {@code INV-2611-00123}); people type "inv 2611 00123" or
 * "INV261100123". Item codes compare case-insensitively.
 */
public final class PackCodes {

    private static final Pattern ORDER = Pattern.compile("INV[-\\s_]*(\\d{4})[-\\s_]*(\\d{5,})");

    private PackCodes() {}

    /** The order number a scan or a typed text means, upper case with its dashes; else the text trimmed and upper-cased. */
    public static String orderNumber(String raw) {
        String text = raw.strip().toUpperCase(Locale.ROOT);
        Matcher matcher = ORDER.matcher(text);
        return matcher.matches() ? "INV-" + matcher.group(1) + "-" + matcher.group(2) : text;
    }

    /** Whether the text is an order number (scanning one while packing opens that order instead). */
    public static boolean isOrderNumber(String raw) {
        return ORDER.matcher(raw.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** A product barcode or SKU as compared: trimmed, upper case. */
    public static String item(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }
}
