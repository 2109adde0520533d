package id.orderan.order;

import id.orderan.base.JakartaTime;
import id.orderan.customer.CustomerCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    /**
     * Above this many (product, status) index ranges a product search pages through the generic
     * condition instead of merging the newest lines of each range.
     */
    static final int MAX_LINE_RANGES = 240;

    private final NamedParameterJdbcTemplate jdbc;
    private final StatusCounters counters;
    private final BuyerCounters buyerCounters;

    OrderListQuery(NamedParameterJdbcTemplate jdbc, StatusCounters counters, BuyerCounters buyerCounters) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.buyerCounters = buyerCounters;
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

    /**
     * A filter as SQL on {@code sales_order o}. {@code conditions} hold everything, the text search's generic
     * condition included; the parts are kept apart too for the plans that read {@code order_line} first.
     */
    /**
     * A filter as SQL on {@code sales_order o}. {@link #where} holds everything, the search's generic
     * condition included; the parts are kept apart too for the plans that read {@code order_line} first.
     */
    private record Sql(String from, List<String> conditions, MapSqlParameterSource params, @Nullable TextMatch text,
            String textCondition, List<OrderStatus> statuses, List<String> orderOnly, List<String> dates) {

        String where(String... extra) {
            List<String> all = new ArrayList<>(conditions);
            if (!textCondition.isEmpty()) {
                all.add(textCondition);
            }
            all.addAll(List.of(extra));
            return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        }

        /**
         * The statement as sent. A list of more than 1,000 buyer ids would by default become a derived table
         * joined to the orders (in_predicate_conversion_threshold), which made both the walk and the counts
         * two to three times slower than the plain sorted IN list: kept plain for this one statement.
         */
        String statement(String select) {
            return textCondition.contains(":customers")
                    ? "SET STATEMENT in_predicate_conversion_threshold = 0 FOR " + select : select;
        }

        /** The date conditions on another alias' copy of the creation time ({@code l.order_created_at}). */
        List<String> datesOn(String column) {
            return dates.stream().map(d -> d.replace("o.created_at", column)).toList();
        }
    }

    /**
     * What a word search found in the small tables: buyers and products, and the condition on the orders'
     * buyer ({@code byCustomer}, empty when no buyer matched).
     */
    private record TextMatch(List<Long> customers, List<Long> products, String byCustomer) {

        boolean tooManyCustomers() {
            return customers.size() > MAX_TEXT_MATCHES;
        }

        boolean productsOnly() {
            return byCustomer.isEmpty() && !products.isEmpty();
        }

        boolean customersOnly() {
            return products.isEmpty() && !customers.isEmpty() && !tooManyCustomers();
        }
    }

    List<Row> page(OrderFilter filter, OrderSort sort, int offset, int limit) {
        Sql sql = build(filter, true);
        sql.params().addValue("limit", limit).addValue("offset", offset);
        String inner = textPage(sql, sort, null, offset, limit);
        return jdbc.query(sql.statement(inner != null ? rowsOf(inner, sort)
                : pageSql(sql, sort, "", " LIMIT :limit OFFSET :offset")), sql.params(), OrderListQuery::row);
    }

    List<Row> pageAfter(OrderFilter filter, OrderCursor cursor, int limit) {
        Sql sql = build(filter, true);
        OrderSort sort = cursor.sort();
        sql.params().addValue("cursorValue", sqlValue(cursor.sortValue())).addValue("cursorId", cursor.id())
                .addValue("limit", limit).addValue("offset", 0);
        String inner = textPage(sql, sort, cursor, 0, limit);
        if (inner != null) {
            return jdbc.query(sql.statement(rowsOf(inner, sort)), sql.params(), OrderListQuery::row);
        }
        return jdbc.query(sql.statement(pageSql(sql, sort, keyset(column(sort), "o.id", sort), " LIMIT :limit")),
                sql.params(),
                OrderListQuery::row);
    }

    /** Rows after the cursor; expanded form: MariaDB does not use an index for the row comparison (a, id) < (?, ?). */
    private static String keyset(String column, String id, OrderSort sort) {
        String op = sort.ascending() ? ">" : "<";
        return "(" + column + " " + op + " :cursorValue OR (" + column + " = :cursorValue AND " + id + " " + op
                + " :cursorId))";
    }

    /**
     * Exact counts per status under the filter's search, categories, sources and dates, in one GROUP BY
     * query: what an export announces. Reads every matching order (a search that matched buyers alone: their
     * counters), so ten million orders take seconds; the screen asks {@link #countByStatus(OrderFilter, int)}.
     */
    Map<OrderStatus, Long> countByStatus(OrderFilter filter) {
        Sql sql = build(filter, false);
        List<Long> buyers = buyersAlone(sql);
        return buyers != null ? buyerCounters.read(buyers) : exactCounts(sql);
    }

    /**
     * The buyers of a search that matched buyers only, with no other filter, else null: their counters hold
     * the tab counts, exactly and in a row per buyer and status, however many orders they have (decision 0220).
     */
    private static @Nullable List<Long> buyersAlone(Sql sql) {
        TextMatch text = sql.text();
        return text != null && text.customersOnly() && sql.conditions().isEmpty() ? text.customers() : null;
    }

    private Map<OrderStatus, Long> exactCounts(Sql sql) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        jdbc.query(sql.statement("SELECT o.status, COUNT(*) FROM " + sql.from() + sql.where() + " GROUP BY o.status"),
                sql.params(),
                rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Counts per status that stop at {@code cap + 1} (decision 0210); a value of {@code cap + 1} means
     * "more than cap". A search that matched buyers alone, with no other filter, reads their counters
     * (exact, decision 0220). Otherwise, when MariaDB's estimate for the filter's index range (EXPLAIN,
     * from index dives) is at most {@code 20 × cap} orders: one plain GROUP BY, exact, as before capping (the common, narrow
     * filter), guarded by {@code LIMIT ROWS EXAMINED} against a wrong estimate. Otherwise, or when the guard
     * stops it: the statuses being worked on exactly on their own index, and each big status by a LIMITed
     * subquery, so a filter matching a million orders reads at most {@code cap + 1} entries of each big
     * status. A product search goes per status at once (its line index starts with product and status); a
     * buyer search by how many orders its buyers should have.
     */
    Map<OrderStatus, Long> countByStatus(OrderFilter filter, int cap) {
        Sql sql = build(filter, false);
        TextMatch text = sql.text();
        List<Long> buyers = buyersAlone(sql);
        if (buyers != null) {
            return buyerCounters.read(buyers);
        }
        int onePass = 20 * cap;
        if (text != null && text.customersOnly() && expectedOrders(text, sql.statuses()) <= onePass) {
            // their orders are few: one GROUP BY over their index ranges, no LIMIT to materialise
            return exactCounts(sql);
        }
        boolean perStatusAtOnce = text != null && (!text.products().isEmpty() || text.customersOnly())
                || estimatedOrders(sql) > onePass;
        if (!perStatusAtOnce) {
            // LIMIT ROWS EXAMINED stops the plain GROUP BY after that many index entries, with warning 1931
            // and no rows: a cheap guard (a LIMIT in a derived table would first copy the rows it counts)
            Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
            Boolean stopped = jdbc.query(sql.statement("SELECT o.status, COUNT(*) FROM " + sql.from() + sql.where()
                    + " GROUP BY o.status LIMIT ROWS EXAMINED " + 2 * onePass), sql.params(), rs -> {
                        while (rs.next()) {
                            counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                        }
                        return stoppedEarly(rs.getStatement().getWarnings());
                    });
            if (!Boolean.TRUE.equals(stopped)) {
                return counts;
            }
        }
        sql.params().addValue("cap", cap + 1);
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        List<OrderStatus> capped = List.of(OrderStatus.values());
        if (text == null) {
            // the statuses being worked on hold few orders, whatever the shop's history: counted exactly in one
            // pass over their own (status, created_at) ranges; left to itself MariaDB prefers the filter's
            // covering index and would read all of a source's or category's orders once per status
            Map<OrderStatus, Long> totals = statusTotals();
            List<OrderStatus> small = capped.stream().filter(s -> totals.getOrDefault(s, 0L) <= 2L * cap).toList();
            capped = capped.stream().filter(s -> !small.contains(s)).toList();
            if (!small.isEmpty()) {
                sql.params().addValue("small", small.stream().map(Enum::name).toList());
                jdbc.query("SELECT o.status, COUNT(*) FROM sales_order o FORCE INDEX (ix_sales_order_status_created)"
                        + sql.where("o.status IN (:small)") + " GROUP BY o.status", sql.params(), rs -> {
                            counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                        });
            }
        }
        if (capped.isEmpty()) {
            return counts;
        }
        List<String> perStatus = new ArrayList<>();
        for (OrderStatus status : capped) {
            perStatus.add("SELECT '" + status.name() + "' AS status, COUNT(*) AS n FROM (" + cappedIds(sql, status)
                    + ") t" + status.ordinal());
        }
        jdbc.query(sql.statement(String.join(" UNION ALL ", perStatus)), sql.params(), rs -> {
            counts.put(OrderStatus.valueOf(rs.getString(1)), Math.min(cap + 1, rs.getLong(2)));
        });
        return counts;
    }

    /** The optimizer's row estimate for the orders the filter reads (EXPLAIN: no rows are read, ~1 ms). */
    private long estimatedOrders(Sql sql) {
        Long rows = jdbc.query(sql.statement("EXPLAIN SELECT o.status FROM " + sql.from() + sql.where()), sql.params(),
                rs -> {
                    long estimate = 0;
                    while (rs.next()) {
                        if ("o".equals(rs.getString("table"))) {
                            estimate = Math.max(estimate, explainedRows(rs.getString("rows")));
                        }
                    }
                    return estimate;
                });
        return rows == null ? 0 : rows;
    }

    /**
     * EXPLAIN's {@code rows}: a number, or with a rowid filter "3 (33%)" (the rows read, then the share the
     * filter keeps); the rows read are the estimate. Null or unreadable counts as none.
     */
    static long explainedRows(@Nullable String rows) {
        if (rows == null) {
            return 0;
        }
        int end = 0;
        while (end < rows.length() && Character.isDigit(rows.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Long.parseLong(rows.substring(0, end));
    }

    /** MariaDB's ER_QUERY_EXCEEDED_ROWS_EXAMINED_LIMIT: the statement stopped at its LIMIT ROWS EXAMINED. */
    private static boolean stoppedEarly(java.sql.@Nullable SQLWarning warning) {
        for (var w = warning; w != null; w = w.getNextWarning()) {
            if (w.getErrorCode() == 1931) {
                return true;
            }
        }
        return false;
    }

    /** Up to cap + 1 ids of one status's matching orders, from the cheapest index for the search. */
    private String cappedIds(Sql sql, OrderStatus status) {
        String onOrders = "SELECT o.id FROM " + sql.from() + sql.where("o.status = '" + status.name() + "'")
                + " LIMIT :cap";
        TextMatch text = sql.text();
        if (text == null || text.products().isEmpty()) {
            return onOrders;
        }
        String onLines = linesOf(sql, status, "l.product_id IN (:products)");
        // DISTINCT: one order may hold two matching lines; LIMIT ends the scan once cap + 1 orders are found
        String lines = "SELECT DISTINCT l.order_id AS id FROM " + onLines + " LIMIT :cap";
        if (text.productsOnly()) {
            return lines;
        }
        // buyers and products both match: the union of both (each capped), counted and capped by the caller
        List<String> buyerConditions = new ArrayList<>(sql.conditions());
        buyerConditions.add(text.byCustomer());
        buyerConditions.add("o.status = '" + status.name() + "'");
        String buyers = "SELECT o.id FROM sales_order o WHERE " + String.join(" AND ", buyerConditions) + " LIMIT :cap";
        return "(" + buyers + ") UNION (" + lines + ")";
    }

    /** {@code order_line l [JOIN sales_order o] WHERE …}: the line index first, the order row only for filters it lacks. */
    private static String linesOf(Sql sql, OrderStatus status, String productCondition) {
        List<String> where = new ArrayList<>();
        where.add(productCondition);
        where.add("l.order_status = '" + status.name() + "'");
        where.addAll(sql.datesOn("l.order_created_at"));
        where.addAll(sql.orderOnly());
        return "order_line l" + (sql.orderOnly().isEmpty() ? "" : " JOIN sales_order o ON o.id = l.order_id")
                + " WHERE " + String.join(" AND ", where);
    }

    /**
     * The inner id query of a word search's page when a faster plan than the generic condition exists,
     * else null. Newest or oldest first only (the grid's default); other sorts use the generic condition.
     * <ul>
     * <li>Only products match: per product and status, the newest k lines from the line index (copies of
     * status and date, decision 0210), merged: at most products × statuses × k index entries.</li>
     * <li>Only buyers match, and many of the orders are theirs: walk the date index newest first and keep
     * their orders, instead of reading all their orders to sort them. Which is cheaper follows from the
     * share d of buyers matched: walking reads about k / d orders, sorting about d × orders.</li>
     * </ul>
     */
    private @Nullable String textPage(Sql sql, OrderSort sort, @Nullable OrderCursor cursor, int offset, int limit) {
        TextMatch text = sql.text();
        if (text == null || sort.field() != OrderSort.Field.CREATED_AT) {
            return null;
        }
        String direction = sort.ascending() ? " ASC" : " DESC";
        int k = offset + limit;
        if (text.productsOnly() && text.products().size() * sql.statuses().size() <= MAX_LINE_RANGES) {
            List<String> parts = new ArrayList<>();
            for (long product : text.products()) {
                for (OrderStatus status : sql.statuses()) {
                    String from = linesOf(sql, status, "l.product_id = " + product)
                            + (cursor == null ? "" : " AND " + keyset("l.order_created_at", "l.order_id", sort));
                    // GROUP BY in index order: one row per order even with two lines of the product, and MariaDB
                    // stops after k groups
                    parts.add("(SELECT l.order_id, l.order_created_at FROM " + from
                            + " GROUP BY l.order_created_at, l.order_id ORDER BY l.order_created_at" + direction
                            + ", l.order_id" + direction + " LIMIT " + k + ")");
                }
            }
            return "SELECT u.order_id AS id FROM (" + String.join(" UNION ALL ", parts) + ") u"
                    + " GROUP BY u.order_created_at, u.order_id ORDER BY u.order_created_at" + direction + ", u.order_id"
                    + direction + " LIMIT :limit OFFSET :offset";
        }
        if (text.customersOnly()) {
            double share = share(text);
            if (share * expectedOrders(text, sql.statuses()) > k) {
                // one status: its (status, created_at) index; several: the date index, which holds the status
                String index = sql.statuses().size() == 1 ? "ix_sales_order_status_created" : "ix_sales_order_created";
                String keyset = cursor == null ? "" : keyset("o.created_at", "o.id", sort);
                return "SELECT o.id FROM sales_order o FORCE INDEX (" + index + ")"
                        + (keyset.isEmpty() ? sql.where() : sql.where(keyset)) + orderBy(sort, "o")
                        + " LIMIT :limit OFFSET :offset";
            }
        }
        return null;
    }

    /** The page's rows for an inner id query, in the page's order. */
    private static String rowsOf(String inner, OrderSort sort) {
        return "SELECT " + ROW_COLUMNS + " FROM sales_order r JOIN (" + inner + ") page ON page.id = r.id"
                + orderBy(sort, "r");
    }

    /** The share of all buyers that the search matched. */
    private double share(TextMatch text) {
        return (double) text.customers().size() / Math.max(1, customerIdsInUse());
    }

    /** How many orders of these statuses the matched buyers should have, were orders spread evenly over buyers. */
    private long expectedOrders(TextMatch text, Collection<OrderStatus> statuses) {
        long orders = statusTotals().entrySet().stream().filter(e -> statuses.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return Math.round(share(text) * orders);
    }

    /** Customer ids end near the number of customers (rarely deleted): an O(1) denominator for the share matched. */
    private long customerIdsInUse() {
        Long max = jdbc.getJdbcTemplate().queryForObject("SELECT COALESCE(MAX(id), 0) FROM customer", Long.class);
        return max == null ? 0 : max;
    }

    private Map<OrderStatus, Long> statusTotals() {
        return counters.read();
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
        return rowsOf("SELECT o.id FROM " + sql.from() + (keyset.isEmpty() ? sql.where() : sql.where(keyset))
                + orderBy(sort, "o") + limit, sort);
    }

    private Sql build(OrderFilter filter, boolean withStatuses) {
        var params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        List<String> orderOnly = new ArrayList<>(); // conditions order_line has no copy for
        List<String> dates = new ArrayList<>();
        String from = "sales_order o";  // one table: every condition below has its index
        List<OrderStatus> statuses = List.of(OrderStatus.values());
        if (withStatuses && !filter.statuses().isEmpty()) {
            conditions.add("o.status IN (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
            statuses = filter.statuses().stream().sorted().toList();
        }
        if (!filter.categories().isEmpty()) {
            orderOnly.add("o.customer_category IN (:categories)");
            params.addValue("categories", filter.categories().stream().map(Enum::name).toList());
        }
        if (!filter.sources().isEmpty()) {
            orderOnly.add("o.source IN (:sources)");
            params.addValue("sources", filter.sources().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            dates.add("o.created_at >= :from");
            params.addValue("from", utc(filter.from().atStartOfDay(JakartaTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            dates.add("o.created_at < :to");
            params.addValue("to", utc(filter.to().plusDays(1).atStartOfDay(JakartaTime.ZONE).toInstant()));
        }
        if (filter.unprintedOnly()) {
            orderOnly.add("o.printed_at IS NULL");
        }
        if (filter.codOnly()) {
            orderOnly.add("o.cod = 1"); // ix_sales_order_cod_created (changeset order-009)
        }
        if (filter.needsReviewOnly()) {
            orderOnly.add("o.needs_review = 1"); // ix_sales_order_needs_review (needs_review, id), changeset order-011
        }
        if (filter.notFollowedUpOnly()) {
            // only unpaid orders are followed up; the probe uses ix_follow_up_order_state
            params.addValue("awaitingPayment", OrderStatus.AWAITING_PAYMENT.stream().map(Enum::name).toList());
            orderOnly.add("o.status IN (:awaitingPayment) AND NOT EXISTS (SELECT 1 FROM follow_up f"
                    + " WHERE f.order_id = o.id AND f.state = 'SENT')");
        }
        conditions.addAll(orderOnly);
        conditions.addAll(dates);
        TextMatch text = null;
        String textCondition = "";
        Optional<OrderSearch> search = OrderSearch.parse(filter.search());
        if (search.isPresent()) {
            OrderSearch s = search.get();
            params.addValue("q", OrderSearch.likePrefix(s.value()));
            textCondition = switch (s.kind()) {
                case ORDER_NUMBER -> {
                    // with the statuses spelled out, (status, order_number, created_at) answers counts and
                    // pages from the index alone, even for a prefix that thousands of orders share
                    params.addValue("everyStatus", Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
                    yield "o.status IN (:everyStatus) AND o.order_number LIKE :q";
                }
                case EMAIL -> "o.customer_email LIKE :q";
                case PHONE -> "o.customer_phone LIKE :q";
                case RESI -> "o.id IN (SELECT s.order_id FROM shipment s WHERE s.resi LIKE :q)";
                case TEXT -> {
                    text = textMatch(s, params);
                    yield textCondition(text);
                }
            };
        }
        return new Sql(from, conditions, params, text, textCondition, statuses, orderOnly, dates);
    }

    /**
     * Words of a buyer's name or of a product name, or a SKU prefix. The small tables answer first
     * (customers and products, by FULLTEXT), then the orders of those ids are found by index: a name
     * search never reads a million order names.
     */
    private TextMatch textMatch(OrderSearch search, MapSqlParameterSource params) {
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
        String byCustomer = customers.isEmpty() ? ""
                : customers.size() <= MAX_TEXT_MATCHES ? "o.customer_id IN (:customers)"
                : search.fulltext().isEmpty() ? "o.customer_name LIKE :q"
                : "MATCH(o.customer_name) AGAINST (:ft IN BOOLEAN MODE)";
        return new TextMatch(customers, products, byCustomer);
    }

    /**
     * The generic condition: the common case (only buyers, or only products, match) stays a single indexed
     * predicate that MariaDB can combine with ORDER BY … LIMIT.
     */
    private static String textCondition(TextMatch text) {
        String byProduct = "o.id IN (SELECT l.order_id FROM order_line l WHERE l.product_id IN (:products))";
        if (text.products().isEmpty()) {
            return text.byCustomer().isEmpty() ? "FALSE" : text.byCustomer();
        }
        if (text.byCustomer().isEmpty()) {
            return byProduct;
        }
        return "(" + text.byCustomer() + " OR " + byProduct + ")";
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
