package id.orderan.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Product rows straight from SQL: only the columns a screen shows, always fresh (never an entity a
 * persistence context cached before a stock movement), one indexed query per page or count.
 */
@Component
class ProductRows {

    private static final String COLUMNS = "p.id, p.sku, p.name, p.price, p.weight_grams, p.stock, p.barcode,"
            + " p.location, p.low_stock_threshold, p.show_on_order_form, p.active, p.version, p.updated_by";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** InnoDB's FULLTEXT default innodb_ft_min_token_size: shorter words are not in the index. */
    private static final int MIN_FULLTEXT_WORD = 3;

    private static final RowMapper<ProductRow> ROW = (rs, n) -> new ProductRow(rs.getLong("id"), rs.getString("sku"),
            rs.getString("name"), rs.getLong("price"), rs.getInt("weight_grams"), rs.getInt("stock"),
            rs.getString("barcode"), rs.getString("location"), rs.getInt("low_stock_threshold"),
            rs.getBoolean("show_on_order_form"), rs.getBoolean("active"), rs.getLong("version"),
            rs.getString("updated_by"));

    private final NamedParameterJdbcTemplate jdbc;

    ProductRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ProductRow> page(ProductFilter filter, ProductSort sort, int offset, int limit) {
        var sql = where(filter);
        String direction = sort.descending() ? " DESC" : "";
        sql.params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("SELECT " + COLUMNS + sql.from + sql.where + " ORDER BY " + sort.field().column
                + direction + ", p.id" + direction + " LIMIT :limit OFFSET :offset", sql.params, ROW);
    }

    long count(ProductFilter filter) {
        var sql = where(filter);
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + sql.from + sql.where, sql.params, Long.class);
        return count == null ? 0 : count;
    }

    List<ProductRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM product p WHERE p.id IN (:ids)",
                new MapSqlParameterSource("ids", ids), ROW);
    }

    Optional<ProductRow> bySku(String sku) {
        return jdbc.query("SELECT " + COLUMNS + " FROM product p WHERE p.sku = :sku",
                new MapSqlParameterSource("sku", sku.trim().toUpperCase(Locale.ROOT)), ROW).stream().findFirst();
    }

    private record Where(String from, String where, MapSqlParameterSource params) {}

    private static Where where(ProductFilter filter) {
        List<String> conditions = new ArrayList<>();
        var params = new MapSqlParameterSource();
        switch (filter.status()) {
            case AKTIF -> conditions.add("p.active = TRUE");
            case DIARSIPKAN -> conditions.add("p.active = FALSE");
            case SEMUA -> conditions.add("p.active IN (TRUE, FALSE)"); // keeps the (active, …) indexes usable
        }
        if (filter.lowStockOnly()) {
            conditions.add("p.low_stock = TRUE");
        }
        String term = filter.search().trim();
        String from = " FROM product p";
        if (!term.isEmpty()) {
            from = textSearch(term, params, conditions);
        }
        return new Where(from, " WHERE " + String.join(" AND ", conditions), params);
    }

    /**
     * The indexes answer first, in the same statement: a derived table of the ids whose SKU or
     * barcode starts with the term (unique indexes) or whose name has every word as a word start
     * (FULLTEXT, {@code kopi gay} → {@code +kopi* +gay*}), joined to the product by primary key for the
     * filters and sort. Words shorter than the FULLTEXT minimum are ignored next to a longer one (as
     * in List Order); typed alone ({@code te}) they fall back to LIKE on the name, a short scan at a
     * shop's few thousand products.
     */
    private static String textSearch(String term, MapSqlParameterSource params, List<String> conditions) {
        List<String> words = WORD.matcher(term).results().map(m -> m.group()).toList();
        List<String> longWords = words.stream().filter(w -> w.length() >= MIN_FULLTEXT_WORD).toList();
        params.addValue("code", escape(term.toUpperCase(Locale.ROOT)) + "%");
        if (!longWords.isEmpty() || words.isEmpty()) {
            String byName = "";
            if (!longWords.isEmpty()) {
                params.addValue("ft", longWords.stream().map(w -> "+" + w + "*").collect(Collectors.joining(" ")));
                byName = " UNION SELECT id FROM product WHERE MATCH(name) AGAINST (:ft IN BOOLEAN MODE)";
            }
            return " FROM (SELECT id FROM product WHERE sku LIKE :code UNION SELECT id FROM product"
                    + " WHERE barcode LIKE :code" + byName + ") m JOIN product p ON p.id = m.id";
        }
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            likes.add("p.name LIKE :w" + i);
            params.addValue("w" + i, "%" + escape(words.get(i)) + "%");
        }
        conditions.add("(p.sku LIKE :code OR p.barcode LIKE :code OR (" + String.join(" AND ", likes) + "))");
        return " FROM product p";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
