package id.orderan.order;

import id.orderan.base.JakartaTime;
import id.orderan.customer.CustomerCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL behind List Order, written by hand because it leans on MariaDB: FULLTEXT search, index-only
 * "deferred join" pages and keyset continuation. Every condition maps onto an index of
 * {@code sales_order} (see changelog order-002); the buyer snapshot columns keep it join-free.
 *
 * @see <a href="../../../../../../docs/decisions/0115-keyset-paging-and-status-counters.md">0115 keyset paging</a>
 * @see <a href="../../../../../../docs/decisions/0118-list-sql-reads-other-features-tables.md">0118 the list SQL reads other features' tables</a>
 */
@Component
class OrderListQuery {

    private static final String ROW_COLUMNS = "r.id, r.order_number, r.created_at, r.grand_total, r.status, r.source,"
            + " r.customer_name, r.customer_category, r.customer_phone, r.status_reason,"
            + " r.customer_email IS NOT NULL AS has_email, r.cod, r.amount_paid, r.needs_review, r.review_reason,"
            + " r.shipping_to_confirm";

    /** More buyers or products than this for one search term is not a search, it is a scan. */
    static final int MAX_TEXT_MATCHES = 5_000;

    private final NamedParameterJdbcTemplate jdbc;

    OrderListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A raw row: the grid's columns plus the real total, which the cursor needs even when hidden. */
    record Row(long id, String orderNumber, Instant createdAt, long grandTotal, OrderStatus status, OrderSource source,
            String customerName, CustomerCategory customerCategory, @Nullable String customerPhone,
            @Nullable String statusReason, boolean hasEmail, boolean cod, long amountPaid, boolean needsReview,
            @Nullable String reviewReason, boolean shippingToConfirm) {

        /** What the courier still collects on a COD order (nothing once cancelled or returned); null for others. */
        @Nullable Long codAmount() {
            return cod ? SalesOrder.codToCollect(true, status, grandTotal, amountPaid) : null;
        }
    }

    private record Sql(String from, List<String> conditions, MapSqlParameterSource params) {

        String where(String... extra) {
            List<String> all = new ArrayList<>(conditions);
            all.addAll(List.of(extra));
            return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        }
    }

    List<Row> page(OrderFilter filter, OrderSort sort, int offset, int limit) {
        Sql sql = build(filter, true);
        sql.params().addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(pageSql(sql, sort, "", " LIMIT :limit OFFSET :offset"), sql.params(), OrderListQuery::row);
    }

    List<Row> pageAfter(OrderFilter filter, OrderCursor cursor, int limit) {
        Sql sql = build(filter, true);
        OrderSort sort = cursor.sort();
        String column = column(sort);
        String op = sort.ascending() ? ">" : "<";
        // expanded form: MariaDB does not use an index for the row comparison (a, id) < (?, ?)
        String keyset = "(" + column + " " + op + " :cursorValue OR (" + column + " = :cursorValue AND o.id " + op
                + " :cursorId))";
        sql.params().addValue("cursorValue", sqlValue(cursor.sortValue())).addValue("cursorId", cursor.id())
                .addValue("limit", limit);
        return jdbc.query(pageSql(sql, sort, keyset, " LIMIT :limit"), sql.params(), OrderListQuery::row);
    }

    /** Counts per status under the filter's search, categories, sources and dates, in one query. */
    Map<OrderStatus, Long> countByStatus(OrderFilter filter) {
        Sql sql = build(filter, false);
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        jdbc.query("SELECT o.status, COUNT(*) FROM " + sql.from() + sql.where() + " GROUP BY o.status", sql.params(),
                rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Lines of a page of orders in one query, in line order, keyed by order id. */
    Map<Long, List<OrderRow.ProductQuantity>> products(List<Long> orderIds) {
        Map<Long, List<OrderRow.ProductQuantity>> byOrder = new LinkedHashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        jdbc.query("SELECT order_id, product_name, quantity FROM order_line WHERE order_id IN (:ids)"
                        + " ORDER BY order_id, line_no", new MapSqlParameterSource("ids", orderIds),
                rs -> {
                    byOrder.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new OrderRow.ProductQuantity(rs.getString(2), rs.getInt(3)));
                });
        return byOrder;
    }

    /**
     * Deferred join: the inner query walks an index to the page's ids only (index-only for the
     * status/date/category/source indexes), the outer one fetches just those rows.
     */
    private static String pageSql(Sql sql, OrderSort sort, String keyset, String limit) {
        String order = orderBy(sort, "o");
        String inner = "SELECT o.id FROM " + sql.from() + (keyset.isEmpty() ? sql.where() : sql.where(keyset))
                + order + limit;
        return "SELECT " + ROW_COLUMNS + " FROM sales_order r JOIN (" + inner + ") page ON page.id = r.id"
                + orderBy(sort, "r");
    }

    private Sql build(OrderFilter filter, boolean withStatuses) {
        var params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        String from = "sales_order o";  // one table: every condition below has its index
        if (withStatuses && !filter.statuses().isEmpty()) {
            conditions.add("o.status IN (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (!filter.categories().isEmpty()) {
            conditions.add("o.customer_category IN (:categories)");
            params.addValue("categories", filter.categories().stream().map(Enum::name).toList());
        }
        if (!filter.sources().isEmpty()) {
            conditions.add("o.source IN (:sources)");
            params.addValue("sources", filter.sources().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            conditions.add("o.created_at >= :from");
            params.addValue("from", utc(filter.from().atStartOfDay(JakartaTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("o.created_at < :to");
            params.addValue("to", utc(filter.to().plusDays(1).atStartOfDay(JakartaTime.ZONE).toInstant()));
        }
        if (filter.unprintedOnly()) {
            conditions.add("o.printed_at IS NULL");
        }
        if (filter.codOnly()) {
            conditions.add("o.cod = 1"); // ix_sales_order_cod_created (changeset order-009)
        }
        if (filter.needsReviewOnly()) {
            conditions.add("o.needs_review = 1"); // ix_sales_order_needs_review (needs_review, id), changeset order-011
        }
        if (filter.notFollowedUpOnly()) {
            // only unpaid orders are followed up; the probe uses ix_follow_up_order_state
            params.addValue("awaitingPayment", OrderStatus.AWAITING_PAYMENT.stream().map(Enum::name).toList());
            conditions.add("o.status IN (:awaitingPayment) AND NOT EXISTS (SELECT 1 FROM follow_up f"
                    + " WHERE f.order_id = o.id AND f.state = 'SENT')");
        }
        Optional<OrderSearch> search = OrderSearch.parse(filter.search());
        if (search.isPresent()) {
            OrderSearch s = search.get();
            params.addValue("q", OrderSearch.likePrefix(s.value()));
            switch (s.kind()) {
                case ORDER_NUMBER -> conditions.add("o.order_number LIKE :q");
                case EMAIL -> conditions.add("o.customer_email LIKE :q");
                case PHONE -> conditions.add("o.customer_phone LIKE :q");
                case RESI -> conditions.add("o.id IN (SELECT s.order_id FROM shipment s WHERE s.resi LIKE :q)");
                case TEXT -> conditions.add(textCondition(s, params));
            }
        }
        return new Sql(from, conditions, params);
    }

    /**
     * Words of a buyer's name or of a product name, or a SKU prefix. The small tables answer first
     * (customers and products, by FULLTEXT), then the orders of those ids are found by index: a name
     * search never reads a million order names, and the common case (only buyers, or only products,
     * match) stays a single indexed predicate that MariaDB can combine with ORDER BY … LIMIT.
     */
    private String textCondition(OrderSearch search, MapSqlParameterSource params) {
        var ids = new MapSqlParameterSource()
                .addValue("ft", search.fulltext())
                .addValue("q", OrderSearch.likePrefix(search.value()))
                .addValue("sku", OrderSearch.likePrefix(search.value().toUpperCase(Locale.ROOT)))
                .addValue("cap", MAX_TEXT_MATCHES + 1);
        List<Long> customers = jdbc.queryForList(search.fulltext().isEmpty()
                ? "SELECT id FROM customer WHERE name LIKE :q LIMIT :cap"
                : "SELECT id FROM customer WHERE MATCH(name) AGAINST (:ft IN BOOLEAN MODE) LIMIT :cap", ids, Long.class);
        List<Long> products = jdbc.queryForList(search.fulltext().isEmpty()
                ? "SELECT id FROM product WHERE sku LIKE :sku LIMIT :cap"
                : "SELECT id FROM product WHERE MATCH(name) AGAINST (:ft IN BOOLEAN MODE) OR sku LIKE :sku LIMIT :cap",
                ids, Long.class);
        params.addValue("customers", customers.isEmpty() ? List.of(-1L) : customers)
                .addValue("products", products.isEmpty() ? List.of(-1L) : products)
                .addValue("ft", search.fulltext());
        // thousands of matching buyers (a very common word): search the orders' own name column instead
        String byCustomer = customers.size() <= MAX_TEXT_MATCHES ? "o.customer_id IN (:customers)"
                : search.fulltext().isEmpty() ? "o.customer_name LIKE :q"
                : "MATCH(o.customer_name) AGAINST (:ft IN BOOLEAN MODE)";
        String byProduct = "o.id IN (SELECT l.order_id FROM order_line l WHERE l.product_id IN (:products))";
        if (products.isEmpty()) {
            return byCustomer;
        }
        if (customers.isEmpty()) {
            return byProduct;
        }
        return "(" + byCustomer + " OR " + byProduct + ")";
    }

    private static String column(OrderSort sort) {
        return switch (sort.field()) {
            case ORDER_NUMBER -> "o.order_number";
            case CREATED_AT -> "o.created_at";
            case GRAND_TOTAL -> "o.grand_total";
        };
    }

    private static String orderBy(OrderSort sort, String alias) {
        String direction = sort.ascending() ? " ASC" : " DESC";
        // id breaks ties so pages never repeat or skip rows
        return " ORDER BY " + column(sort).replace("o.", alias + ".") + direction + ", " + alias + ".id" + direction;
    }

    private static Object sqlValue(Object cursorValue) {
        return cursorValue instanceof Instant instant ? utc(instant) : cursorValue;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("order_number"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("grand_total"),
                OrderStatus.valueOf(rs.getString("status")),
                OrderSource.valueOf(rs.getString("source")),
                rs.getString("customer_name"),
                CustomerCategory.valueOf(rs.getString("customer_category")),
                rs.getString("customer_phone"),
                rs.getString("status_reason"),
                rs.getBoolean("has_email"),
                rs.getBoolean("cod"),
                rs.getLong("amount_paid"),
                rs.getBoolean("needs_review"),
                rs.getString("review_reason"),
                rs.getBoolean("shipping_to_confirm"));
    }
}
