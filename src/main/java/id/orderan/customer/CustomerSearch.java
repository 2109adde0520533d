package id.orderan.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Pelanggan list's SQL: lean rows, one indexed path per kind of search term.
 * <ul>
 * <li>a phone number (08…, 62…, +62…) → prefix of the normalised {@code phone} (ix_customer_phone);
 * <li>an email (contains {@code @}) → prefix of {@code email} (ix_customer_email);
 * <li>words → FULLTEXT {@code ft_customer_words} over name, email and city in boolean mode
 *     ({@code +siti* +bandung*}). Words shorter than InnoDB's 3-character token are not in that
 *     index: they narrow the FULLTEXT matches with LIKE, or alone use the name prefix (ix_customer_name).
 * </ul>
 * The category filter has its own index (category, name, id), which also serves the unfiltered
 * list's order.
 *
 * @see <a href="../../../../../../docs/decisions/0021-customer-search.md">0021</a>
 */
@Component
class CustomerSearch {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int FULLTEXT_MIN_TOKEN = 3;

    private final NamedParameterJdbcTemplate jdbc;

    CustomerSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerRow> page(CustomerFilter filter, int offset, int limit) {
        var params = new MapSqlParameterSource();
        String where = where(filter, params);
        params.addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("SELECT c.id, c.name, c.category, c.phone, c.email, c.city FROM customer c" + where
                        + " ORDER BY c.name, c.id LIMIT :limit OFFSET :offset", params,
                (rs, n) -> new CustomerRow(rs.getLong(1), rs.getString(2), CustomerCategory.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    long count(CustomerFilter filter) {
        var params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM customer c" + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(CustomerFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.category() != null) {
            conditions.add("c.category = :category");
            params.addValue("category", filter.category().name());
        }
        String text = filter.text().strip();
        Optional<String> phone = PhoneNumber.searchPrefix(text);
        if (text.isEmpty()) {
            // no text condition
        } else if (phone.isPresent()) {
            conditions.add("c.phone LIKE :phone");
            params.addValue("phone", phone.get() + "%");
        } else if (text.contains("@")) {
            conditions.add("c.email LIKE :email ESCAPE '!'");
            params.addValue("email", likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
        } else {
            words(text, conditions, params);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void words(String text, List<String> conditions, MapSqlParameterSource params) {
        List<String> words = Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty())
                .toList();
        List<String> indexed = words.stream().filter(w -> w.length() >= FULLTEXT_MIN_TOKEN).toList();
        List<String> short_ = words.stream().filter(w -> w.length() < FULLTEXT_MIN_TOKEN).toList();
        if (!indexed.isEmpty()) {
            conditions.add("MATCH(c.name, c.email, c.city) AGAINST (:words IN BOOLEAN MODE)");
            params.addValue("words", String.join(" ", indexed.stream().map(w -> "+" + w + "*").toList()));
        } else if (!short_.isEmpty()) {
            conditions.add("c.name LIKE :first");
            params.addValue("first", short_.getFirst() + "%");
        }
        for (int i = 0; i < short_.size(); i++) {
            String name = "short" + i;
            conditions.add("(c.name LIKE :" + name + "a OR c.name LIKE :" + name + "b OR c.city LIKE :" + name
                    + "a OR c.city LIKE :" + name + "b)");
            params.addValue(name + "a", short_.get(i) + "%").addValue(name + "b", "% " + short_.get(i) + "%");
        }
    }

    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
