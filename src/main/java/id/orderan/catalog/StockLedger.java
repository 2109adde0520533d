package id.orderan.catalog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The only writer of {@code product.stock}. Each change is one conditional UPDATE (its row lock
 * serialises racing orders) followed by one INSERT … SELECT of the movement that reads the stock the
 * UPDATE just left under that same lock: two statements per product, no read-modify-write.
 *
 * @see <a href="../../../../../../docs/decisions/0010-stock-movements.md">0010 stock movements</a>
 */
@Component
class StockLedger {

    private static final RowMapper<StockMovementRow> ROW = (rs, n) -> new StockMovementRow(rs.getLong("id"),
            rs.getLong("product_id"), rs.getInt("quantity"), rs.getInt("stock_after"),
            StockReason.valueOf(rs.getString("reason")), rs.getString("order_number"), rs.getString("note"),
            rs.getString("created_by"), rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));

    private final NamedParameterJdbcTemplate jdbc;

    StockLedger(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code delta} (signed); false when the product is missing or the stock would go below zero. */
    boolean change(long productId, int delta, boolean allowNegative) {
        var params = new MapSqlParameterSource("id", productId).addValue("delta", delta);
        String guard = allowNegative || delta >= 0 ? "" : " AND stock + :delta >= 0";
        return jdbc.update("UPDATE product SET stock = stock + :delta WHERE id = :id" + guard, params) == 1;
    }

    /** Call right after {@link #change} in the same transaction: the stock read is the one it left. */
    void record(long productId, int delta, StockReason reason, @Nullable String orderNumber, @Nullable String note,
            String actor, Instant at) {
        jdbc.update("INSERT INTO stock_movement (product_id, quantity, stock_after, reason, order_number, note,"
                + " created_by, created_at) SELECT id, :delta, stock, :reason, :orderNumber, :note, :actor, :at"
                + " FROM product WHERE id = :id", new MapSqlParameterSource("id", productId).addValue("delta", delta)
                .addValue("reason", reason.name()).addValue("orderNumber", orderNumber).addValue("note", note)
                .addValue("actor", actor).addValue("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    /**
     * The opening STOK_MASUK movement of products just inserted with their stock (an import), one
     * statement for all of them; like {@link #record}, the movement reads the stock from the row.
     */
    void recordOpening(Collection<String> skus, String actor, Instant at) {
        if (skus.isEmpty()) {
            return;
        }
        jdbc.update("INSERT INTO stock_movement (product_id, quantity, stock_after, reason, created_by, created_at)"
                + " SELECT id, stock, stock, :reason, :actor, :at FROM product WHERE sku IN (:skus) AND stock <> 0"
                + " ORDER BY id", new MapSqlParameterSource("skus", skus).addValue("reason", StockReason.STOK_MASUK.name())
                .addValue("actor", actor).addValue("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    /** The stock under a row lock (SELECT … FOR UPDATE), held until the transaction ends; null if missing. */
    @Nullable Integer lockStock(long productId) {
        return jdbc.query("SELECT stock FROM product WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", productId), (rs, n) -> rs.getInt(1)).stream().findFirst().orElse(null);
    }

    int stock(long productId) {
        Integer stock = jdbc.queryForObject("SELECT stock FROM product WHERE id = :id",
                new MapSqlParameterSource("id", productId), Integer.class);
        return stock == null ? 0 : stock;
    }

    StockMovementRow latest(long productId) {
        return jdbc.queryForObject("SELECT * FROM stock_movement WHERE product_id = :id ORDER BY id DESC LIMIT 1",
                new MapSqlParameterSource("id", productId), ROW);
    }

    boolean everOrdered(long productId) {
        return !jdbc.queryForList("SELECT 1 FROM stock_movement WHERE product_id = :id AND reason = 'ORDER' LIMIT 1",
                new MapSqlParameterSource("id", productId), Integer.class).isEmpty();
    }

    List<StockMovementRow> history(long productId, int offset, int limit) {
        return jdbc.query("SELECT * FROM stock_movement WHERE product_id = :id ORDER BY id DESC LIMIT :limit OFFSET :offset",
                new MapSqlParameterSource("id", productId).addValue("limit", limit).addValue("offset", offset), ROW);
    }

    long historyCount(long productId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE product_id = :id",
                new MapSqlParameterSource("id", productId), Long.class);
        return count == null ? 0 : count;
    }

    void forget(long productId) {
        jdbc.update("DELETE FROM stock_movement WHERE product_id = :id", new MapSqlParameterSource("id", productId));
    }
}
