package id.orderan.order;

import id.orderan.customer.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what staff typed in the List Order search box and decides which indexed lookup answers it.
 * One box, many kinds of term: guessing the kind lets every search use an index instead of
 * {@code LIKE '%term%'} over a million rows.
 */
record OrderSearch(Kind kind, String value, String fulltext) {

    enum Kind {
        /** exact or prefix order number, e.g. {@code INV-2611-00123}, {@code 2611-001} */
        ORDER_NUMBER,
        /** the buyer's email (prefix) */
        EMAIL,
        /** the buyer's WhatsApp number in any form, as a {@code 62…} prefix */
        PHONE,
        /** a tracking number (prefix), letters and digits */
        RESI,
        /** words of the buyer's name or of a product name, or a SKU prefix */
        TEXT
    }

    private static final Pattern ORDER_NUMBER = Pattern.compile("(?i)^(INV-?)?\\d{4}(-\\d{0,5})?$|^(?i)INV-?\\d{0,4}$");
    private static final Pattern RESI = Pattern.compile("^[A-Z0-9]{6,40}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** InnoDB's default innodb_ft_min_token_size: shorter words are not in the FULLTEXT index. */
    static final int MIN_FULLTEXT_WORD = 3;

    static Optional<OrderSearch> parse(String raw) {
        String term = raw.trim();
        if (term.isEmpty()) {
            return Optional.empty();
        }
        if (ORDER_NUMBER.matcher(term).matches() && term.replaceAll("\\D", "").length() >= 2) {
            return Optional.of(new OrderSearch(Kind.ORDER_NUMBER, orderNumberPrefix(term), ""));
        }
        if (term.contains("@")) {
            return Optional.of(new OrderSearch(Kind.EMAIL, term.toLowerCase(Locale.ROOT), ""));
        }
        Optional<String> phone = PhoneNumber.searchPrefix(term);
        if (phone.isPresent() && phone.get().length() >= 5) {
            return Optional.of(new OrderSearch(Kind.PHONE, phone.get(), ""));
        }
        String compact = term.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (RESI.matcher(compact).matches() && compact.chars().anyMatch(Character::isDigit)) {
            return Optional.of(new OrderSearch(Kind.RESI, compact, ""));
        }
        return Optional.of(new OrderSearch(Kind.TEXT, term, fulltext(term)));
    }

    /** {@code 2611-12} → {@code INV-2611-12}, {@code inv2611} → {@code INV-2611}. */
    private static String orderNumberPrefix(String term) {
        String upper = term.toUpperCase(Locale.ROOT);
        String rest = upper.startsWith("INV") ? upper.substring(3) : upper;
        if (rest.startsWith("-")) {
            rest = rest.substring(1);
        }
        return "INV-" + rest;
    }

    /**
     * Boolean-mode query requiring every word as a prefix: {@code "kopi gay"} → {@code +kopi* +gay*}.
     * Empty when no word is long enough for the FULLTEXT index (then a name prefix is used).
     */
    static String fulltext(String term) {
        var words = WORD.matcher(term).results().map(m -> m.group())
                .filter(w -> w.length() >= MIN_FULLTEXT_WORD)
                .map(w -> "+" + w + "*")
                .collect(Collectors.toList());
        return String.join(" ", words);
    }

    /** Escapes LIKE wildcards so a typed {@code %} or {@code _} matches itself. */
    static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
