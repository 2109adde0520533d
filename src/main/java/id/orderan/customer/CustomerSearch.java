package id.orderan.customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Pelanggan list's SQL: lean rows, one indexed path per kind of search term.
 * <ul>
 * <li>a phone number (08…, 62…, +62…) → prefix of the normalised {@code phone} (ix_customer_phone);
 * <li>an email (contains {@code @}) → prefix of {@code email} (ix_customer_email);
 * <li>words → word starts in {@code customer_word} (name, email and city words; B-tree prefix
 *     ranges), newest customers first. The plan follows the rarest word, probed with a capped
 *     index-only count: under {@value #SPARSE} customers its matches are collected, checked for the
 *     other words and sorted by id; above, matches are so common that walking the primary key
 *     backwards and checking each customer's words fills a page within a few hundred rows.
 * </ul>
 * Without search the list is by name; a phone or email search too (it names one or a few customers).
 * The category filter has its own index (category, name, id), which also orders the filtered list.
 * MariaDB's FULLTEXT was measured first and dropped: a common prefix ({@code kota*}) took 100–300 ms.
 *
 * @see <a href="../../../../../../docs/decisions/0021-customer-search.md">0021</a>
 */
@Component
class CustomerSearch {

    static final int SPARSE = 5_000;

    private final NamedParameterJdbcTemplate jdbc;

    CustomerSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerRow> page(CustomerFilter filter, int offset, int limit) {
        var params = new MapSqlParameterSource();
        Plan plan = plan(filter, params);
        params.addValue("offset", offset).addValue("limit", limit);
        String sql = plan.pageInWords() != null
                ? plan.prefix() + "SELECT c.id, c.name, c.category, c.phone, c.email, c.city FROM (" + plan.pageInWords()
                        + " ORDER BY r.customer_id DESC LIMIT :limit OFFSET :offset) r JOIN customer c ON c.id = r.customer_id"
                        + " ORDER BY c.id DESC"
                : plan.prefix() + "SELECT c.id, c.name, c.category, c.phone, c.email, c.city FROM " + plan.from()
                        + plan.where() + " ORDER BY " + plan.order() + " LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, n) -> new CustomerRow(rs.getLong(1), rs.getString(2),
                CustomerCategory.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    /** Exact; with very common words it reads every customer, which is why the list does not ask for it. */
    long count(CustomerFilter filter) {
        var params = new MapSqlParameterSource();
        Plan plan = plan(filter, params);
        Long count = jdbc.queryForObject(plan.prefix() + "SELECT COUNT(*) FROM " + plan.from() + plan.where(), params,
                Long.class);
        return count == null ? 0 : count;
    }

    /**
     * {@code prefix}: words are checked per customer by correlated EXISTS (an index dive on
     * (customer_id, word)); MariaDB would otherwise turn them into semi-joins that read a common
     * word's whole range first. The index hints keep the plan when statistics are stale (right after
     * a bulk load the optimizer scanned the word's range once per customer: 0.7 s instead of 2 ms).
     */
    private record Plan(String prefix, String from, String where, String order, @Nullable String pageInWords) {

        Plan(String prefix, String from, String where, String order) {
            this(prefix, from, where, order, null);
        }
    }

    private Plan plan(CustomerFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.category() != null) {
            conditions.add("c.category = :category");
            params.addValue("category", filter.category().name());
        }
        String text = filter.text().strip();
        Optional<String> phone = PhoneNumber.searchPrefix(text);
        String byName = "c.name, c.id";
        if (text.isEmpty()) {
            return new Plan("", "customer c", where(conditions), byName);
        }
        if (phone.isPresent()) {
            conditions.add("c.phone LIKE :phone");
            params.addValue("phone", phone.get() + "%");
            return new Plan("", "customer c", where(conditions), byName);
        }
        if (text.contains("@")) {
            conditions.add("c.email LIKE :email ESCAPE '!'");
            params.addValue("email", likeEscape(text.toLowerCase(Locale.ROOT)) + "%");
            return new Plan("", "customer c", where(conditions), byName);
        }
        List<String> words = CustomerWords.split(text).stream().distinct()
                .map(w -> w.length() > CustomerWords.MAX_LENGTH ? w.substring(0, CustomerWords.MAX_LENGTH) : w)
                .toList();
        if (words.isEmpty()) {
            return new Plan("", "customer c", where(conditions), byName);
        }
        Map<String, Integer> matches = new HashMap<>();
        words.forEach(w -> matches.put(w, probe(w)));
        String rarest = words.stream().min(Comparator.comparingInt(matches::get)).orElseThrow();
        boolean sparse = matches.get(rarest) < SPARSE;
        String from = "customer c FORCE INDEX (PRIMARY)";
        if (sparse) {
            from = "(SELECT DISTINCT r.customer_id FROM customer_word r FORCE INDEX (PRIMARY) WHERE r.word LIKE :rarest) r"
                    + " JOIN customer c ON c.id = r.customer_id";
            params.addValue("rarest", rarest + "%");
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (sparse && words.get(i).equals(rarest)) {
                continue;
            }
            others.add("EXISTS (SELECT 1 FROM customer_word w" + i + " FORCE INDEX (ix_customer_word_customer) WHERE w"
                    + i + ".customer_id = %s AND w" + i + ".word LIKE :word" + i + ")");
            params.addValue("word" + i, words.get(i) + "%");
        }
        others.forEach(condition -> conditions.add(condition.formatted("c.id")));
        // a rare word without a category filter: the page is found in customer_word alone (ids are
        // sorted there, index only), and only its 50 customers are read
        String pageInWords = sparse && filter.category() == null
                ? "SELECT DISTINCT r.customer_id FROM customer_word r FORCE INDEX (PRIMARY) WHERE r.word LIKE :rarest"
                        + others.stream().map(condition -> " AND " + condition.formatted("r.customer_id"))
                                .collect(Collectors.joining())
                : null;
        return new Plan("SET STATEMENT optimizer_switch='semijoin=off,materialization=off' FOR ", from,
                where(conditions), "c.id DESC", pageInWords);
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** How many customer words start with this prefix, counted up to {@link #SPARSE} (index only). */
    private int probe(String word) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM customer_word WHERE word LIKE :w"
                + " LIMIT " + SPARSE + ") x", new MapSqlParameterSource("w", word + "%"), Integer.class);
        return count == null ? 0 : count;
    }

    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
