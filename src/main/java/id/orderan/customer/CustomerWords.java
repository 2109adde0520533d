package id.orderan.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code customer_word} rows behind the Pelanggan word search: every word of a customer's name,
 * email and city, lower-case without accents, so that a typed prefix is a B-tree range
 * ({@code word LIKE 'band%'}). Kept by {@link CustomerService} on every save, rebuilt in bulk after
 * SQL loads (demo data, benchmarks) by {@link #rebuild}.
 *
 * @see <a href="../../../../../../docs/decisions/0021-customer-search.md">0021</a>
 */
final class CustomerWords {

    static final int MAX_LENGTH = 40;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CustomerWords() {}

    /** "Siti Nur-Haliza", "siti.nur@example.com", "Kota Bandung" → siti, nur, haliza, example, com, kota, bandung. */
    static Set<String> of(@Nullable String... texts) {
        Set<String> words = new LinkedHashSet<>();
        Stream.of(texts).filter(Objects::nonNull).flatMap(text -> split(text).stream())
                .map(w -> w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w).forEach(words::add);
        return words;
    }

    static List<String> split(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NON_WORD.split(plain.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** Replaces one customer's words (same transaction as the save). */
    static void replace(Connection connection, long customerId, Set<String> words) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM customer_word WHERE customer_id = ?")) {
            delete.setLong(1, customerId);
            delete.executeUpdate();
        }
        insert(connection, words.stream().map(w -> new Row(w, customerId)).toList());
    }

    /** Replaces the words of many customers in one DELETE and multi-row INSERTs (an import batch). */
    static void replaceAll(Connection connection, Map<Long, Set<String>> wordsByCustomer) throws SQLException {
        if (wordsByCustomer.isEmpty()) {
            return;
        }
        String ids = String.join(",", wordsByCustomer.keySet().stream().map(String::valueOf).toList()); // numbers only
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM customer_word WHERE customer_id IN (" + ids + ")");
        }
        List<Row> rows = new ArrayList<>();
        wordsByCustomer.forEach((id, words) -> words.forEach(word -> rows.add(new Row(word, id))));
        insert(connection, rows);
    }

    /** Recomputes every customer's words: after customers were inserted by SQL. */
    static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM customer_word");
        }
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet customers = statement.executeQuery("SELECT id, name, email, city FROM customer")) {
            while (customers.next()) {
                long id = customers.getLong(1);
                for (String word : of(customers.getString(2), customers.getString(3), customers.getString(4))) {
                    rows.add(new Row(word, id));
                }
                if (rows.size() >= 10_000) {
                    insert(connection, rows);
                    rows.clear();
                }
            }
        }
        insert(connection, rows);
    }

    private static void insert(Connection connection, List<Row> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += 1_000) {
            List<Row> chunk = rows.subList(from, Math.min(from + 1_000, rows.size()));
            String sql = "INSERT IGNORE INTO customer_word (word, customer_id) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?,?)"));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 1;
                for (Row row : chunk) {
                    insert.setString(index++, row.word());
                    insert.setLong(index++, row.customerId());
                }
                insert.executeUpdate();
            }
        }
    }

    private record Row(String word, long customerId) {}
}
