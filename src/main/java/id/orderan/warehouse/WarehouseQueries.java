package id.orderan.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import id.orderan.base.JakartaTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Gudang queues in SQL: one grouped query for the counts, paged queries for the lists and one
 * query for the items of a page. Reads order's, shipping's and its own tables directly, as List Order
 * does, for speed.
 *
 * <ul>
 *   <li>Siap dikemas: Sedang Diproses and no packing row with packed_at, oldest first;</li>
 *   <li>Sudah dikemas, menunggu resi: Sedang Diproses and packed, earliest packed first;</li>
 *   <li>Siap diserahkan: Proses Pengiriman, its latest shipment has a resi and was shipped within the
 *       last {@value #HANDOVER_WINDOW_DAYS} days, and the order is in no closed handover manifest.</li>
 * </ul>
 *
 * @see <a href="../../../../../../docs/decisions/0170-gudang-queues.md">0170</a>
 */
@Component
class WarehouseQueries {

    /** Older shipped orders are with the courier by now; without a bound, years of them would flood the queue. */
    static final int HANDOVER_WINDOW_DAYS = 14;
    /** What Sedang Diproses orders a filter by courier means by "no courier chosen". */
    static final String NO_COURIER = "";

    private static final String QUEUE_COLUMNS = "o.id, o.order_number, o.created_at, o.courier, o.courier_service,"
            + " o.recipient_name, o.ship_city, CASE WHEN o.cod THEN GREATEST(0, o.grand_total - o.amount_paid) END"
            + " AS cod_to_collect";

    private static final String NOT_HANDED_OVER = " AND NOT EXISTS (SELECT 1 FROM handover_parcel hp"
            + " JOIN handover_manifest hm ON hm.id = hp.manifest_id WHERE hp.order_id = o.id AND hm.state = 'CLOSED')";

    private static final String READY_TO_HAND_OVER = " FROM shipment s JOIN sales_order o ON o.id = s.order_id"
            + " WHERE s.shipped_at >= :since AND s.resi IS NOT NULL AND o.status = 'PROSES_PENGIRIMAN'"
            + " AND s.id = (SELECT MAX(s2.id) FROM shipment s2 WHERE s2.order_id = o.id)" + NOT_HANDED_OVER;

    private final NamedParameterJdbcTemplate jdbc;

    WarehouseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every number of the home in two queries: Sedang Diproses grouped, and the handover queue counted. */
    QueueCounts counts(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, JakartaTime.ZONE);
        var params = new MapSqlParameterSource()
                .addValue("today", utc(today.atStartOfDay(JakartaTime.ZONE).toInstant()))
                .addValue("yesterday", utc(today.minusDays(1).atStartOfDay(JakartaTime.ZONE).toInstant()))
                .addValue("since", utc(now.minus(Duration.ofDays(HANDOVER_WINDOW_DAYS))));
        Map<String, int[]> byCourier = new LinkedHashMap<>(); // [today, yesterday, older, packed]
        jdbc.query("SELECT o.courier, p.packed_at IS NOT NULL AS packed,"
                + " CASE WHEN o.created_at >= :today THEN 0 WHEN o.created_at >= :yesterday THEN 1 ELSE 2 END AS age,"
                + " COUNT(*) AS n FROM sales_order o LEFT JOIN order_packing p ON p.order_id = o.id"
                + " WHERE o.status = 'SEDANG_DIPROSES' GROUP BY o.courier, packed, age", params, rs -> {
                    String courier = Objects.requireNonNullElse(rs.getString("courier"), NO_COURIER);
                    int[] n = byCourier.computeIfAbsent(courier, c -> new int[4]);
                    n[rs.getBoolean("packed") ? 3 : rs.getInt("age")] += rs.getInt("n");
                });
        Integer handOver = jdbc.queryForObject("SELECT COUNT(*)" + READY_TO_HAND_OVER, params, Integer.class);
        List<QueueCounts.CourierCount> couriers = new ArrayList<>();
        int[] sum = new int[4];
        byCourier.forEach((courier, n) -> {
            couriers.add(new QueueCounts.CourierCount(courier.isEmpty() ? null : courier, n[0] + n[1] + n[2], n[0],
                    n[1], n[2], n[3]));
            for (int i = 0; i < 4; i++) {
                sum[i] += n[i];
            }
        });
        couriers.sort(Comparator.comparingInt(QueueCounts.CourierCount::readyToPack).reversed()
                .thenComparing(c -> Objects.requireNonNullElse(c.courier(), "~")));
        return new QueueCounts(sum[0] + sum[1] + sum[2], sum[0], sum[1], sum[2], sum[3],
                handOver == null ? 0 : handOver, List.copyOf(couriers));
    }

    /** Siap dikemas, oldest first; {@code courier} a code, {@link #NO_COURIER}, or null for all. */
    List<QueueOrder> readyToPack(@Nullable String courier, int offset, int limit) {
        var params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        String sql = "SELECT " + QUEUE_COLUMNS + ", NULL AS packed_at, NULL AS resi, NULL AS shipped_at"
                + " FROM sales_order o LEFT JOIN order_packing p ON p.order_id = o.id"
                + " WHERE o.status = 'SEDANG_DIPROSES' AND p.packed_at IS NULL" + courierFilter(courier, params)
                + " ORDER BY o.created_at, o.id LIMIT :limit OFFSET :offset";
        return withItems(jdbc.query(sql, params, WarehouseQueries::row));
    }

    /** The numbers of every Siap dikemas order of a courier (or all), oldest first, at most {@code limit}. */
    List<String> readyToPackNumbers(@Nullable String courier, int limit) {
        var params = new MapSqlParameterSource().addValue("limit", limit);
        return jdbc.queryForList("SELECT o.order_number FROM sales_order o LEFT JOIN order_packing p"
                + " ON p.order_id = o.id WHERE o.status = 'SEDANG_DIPROSES' AND p.packed_at IS NULL"
                + courierFilter(courier, params) + " ORDER BY o.created_at, o.id LIMIT :limit", params, String.class);
    }

    /** Sudah dikemas, menunggu resi: the earliest packed first (they have waited longest at the table). */
    List<QueueOrder> packedAwaitingResi(int offset, int limit) {
        var params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        return withItems(jdbc.query("SELECT " + QUEUE_COLUMNS + ", p.packed_at, NULL AS resi, NULL AS shipped_at"
                + " FROM sales_order o JOIN order_packing p ON p.order_id = o.id"
                + " WHERE o.status = 'SEDANG_DIPROSES' AND p.packed_at IS NOT NULL"
                + " ORDER BY p.packed_at, o.id LIMIT :limit OFFSET :offset", params, WarehouseQueries::row));
    }

    /** Siap diserahkan: the earliest shipped first; the courier is the one carrying the parcel. */
    List<QueueOrder> readyToHandOver(Instant now, int offset, int limit) {
        var params = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit)
                .addValue("since", utc(now.minus(Duration.ofDays(HANDOVER_WINDOW_DAYS))));
        String columns = QUEUE_COLUMNS.replace("o.courier, o.courier_service", "s.courier, s.service AS courier_service");
        return withItems(jdbc.query("SELECT " + columns + ", NULL AS packed_at, s.resi, s.shipped_at"
                + READY_TO_HAND_OVER + " ORDER BY s.shipped_at, o.id LIMIT :limit OFFSET :offset", params,
                WarehouseQueries::row));
    }

    private static String courierFilter(@Nullable String courier, MapSqlParameterSource params) {
        if (courier == null) {
            return "";
        }
        if (courier.equals(NO_COURIER)) {
            return " AND o.courier IS NULL";
        }
        params.addValue("courier", courier);
        return " AND o.courier = :courier";
    }

    /** The items of a page's orders in one query, not one per card. */
    private List<QueueOrder> withItems(List<QueueOrder> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<QueueOrder.Item>> items = new LinkedHashMap<>();
        jdbc.query("SELECT order_id, sku, quantity FROM order_line WHERE order_id IN (:ids) ORDER BY order_id, line_no",
                new MapSqlParameterSource("ids", page.stream().map(QueueOrder::id).toList()),
                rs -> {
                    items.computeIfAbsent(rs.getLong("order_id"), id -> new ArrayList<>())
                            .add(new QueueOrder.Item(rs.getString("sku"), rs.getInt("quantity")));
                });
        return page.stream().map(o -> o.withItems(List.copyOf(items.getOrDefault(o.id(), List.of())))).toList();
    }

    private static QueueOrder row(ResultSet rs, int rowNum) throws SQLException {
        long cod = rs.getLong("cod_to_collect");
        boolean noCod = rs.wasNull() || cod == 0;
        return new QueueOrder(rs.getLong("id"), rs.getString("order_number"), instant(rs, "created_at"),
                rs.getString("courier"), rs.getString("courier_service"), rs.getString("recipient_name"),
                rs.getString("ship_city"), List.of(), noCod ? null : cod,
                nullableInstant(rs, "packed_at"), rs.getString("resi"), nullableInstant(rs, "shipped_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        return value instanceof LocalDateTime time ? time.toInstant(ZoneOffset.UTC)
                : rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
