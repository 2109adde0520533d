package id.orderan.warehouse;

import id.orderan.order.OrderStatus;
import id.orderan.shipping.ShippingService;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a scanned code names: an order number (the Code128 on the label and packlist) or a resi. One
 * read of the order and its latest shipment, by unique index (order number) or ix_shipment_resi, with
 * no entity loaded: a scan answers in a few milliseconds. Reads only; the order's own rules still run
 * in order and shipping when something changes (markDelivered). Like List Order's resi search, it
 * reads the shipment table directly instead of asking for every shipment through the service.
 */
@Component
class HandoverLookup {

    /** An order as a scan found it, with its latest parcel (courier code and resi, null before the resi). */
    record Found(long orderId, String orderNumber, OrderStatus status, @Nullable String city,
            @Nullable String courier, @Nullable String resi) {}

    private static final String COLUMNS = "SELECT o.id, o.order_number, o.status, o.ship_city, s.courier, s.resi"
            + " FROM sales_order o LEFT JOIN shipment s ON s.id = (SELECT MAX(x.id) FROM shipment x WHERE x.order_id = o.id)";

    private final NamedParameterJdbcTemplate jdbc;

    HandoverLookup(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The orders the code names: one by its order number, else those whose latest resi it is. */
    List<Found> find(String scanned) {
        String number = scanned.trim().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            return List.of();
        }
        List<Found> byNumber = jdbc.query(COLUMNS + " WHERE o.order_number = :number",
                new MapSqlParameterSource("number", number), (rs, i) -> found(rs));
        if (!byNumber.isEmpty()) {
            return byNumber;
        }
        String resi = ShippingService.normalizeResi(scanned);
        return jdbc.query(COLUMNS + " WHERE o.id IN (SELECT y.order_id FROM shipment y WHERE y.resi = :resi)"
                + " AND s.resi = :resi", new MapSqlParameterSource("resi", resi), (rs, i) -> found(rs));
    }

    private static Found found(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Found(rs.getLong("id"), rs.getString("order_number"), OrderStatus.valueOf(rs.getString("status")),
                rs.getString("ship_city"), rs.getString("courier"), rs.getString("resi"));
    }
}
