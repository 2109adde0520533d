package id.orderan.catalog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Many products in a few statements, for imports: one JDBC batch of INSERTs, one of UPDATEs, one
 * lookup per list of SKUs or barcodes. JPA cannot batch inserts with IDENTITY ids (it needs each id
 * back), so an import of 200 products would otherwise cost 200 round trips plus the entity loads.
 * The stock column is written only with the opening stock of a new product; movements are the
 * {@link StockLedger}'s.
 */
@Component
class ProductBatch {

    private final NamedParameterJdbcTemplate jdbc;

    ProductBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> existingSkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT sku FROM product WHERE sku IN (:skus)",
                new MapSqlParameterSource("skus", skus), String.class));
    }

    /** Barcode → SKU of the product that has it. */
    Map<String, String> barcodeOwners(Collection<String> barcodes) {
        Map<String, String> owners = new HashMap<>();
        if (!barcodes.isEmpty()) {
            jdbc.query("SELECT barcode, sku FROM product WHERE barcode IN (:barcodes)",
                    new MapSqlParameterSource("barcodes", barcodes),
                    rs -> {
                        owners.put(rs.getString(1), rs.getString(2));
                    });
        }
        return owners;
    }

    /**
     * The products of these SKUs, locked until the transaction ends (in SKU order, so two imports
     * cannot deadlock), so nobody saves one between our read and our update.
     */
    Map<String, ProductRow> lockBySkus(Collection<String> skus) {
        Map<String, ProductRow> found = new HashMap<>();
        if (!skus.isEmpty()) {
            jdbc.query("SELECT id, sku, name, price, weight_grams, stock, barcode, location, low_stock_threshold,"
                    + " show_on_order_form, active, version, updated_by FROM product WHERE sku IN (:skus)"
                    + " ORDER BY sku FOR UPDATE", new MapSqlParameterSource("skus", skus), rs -> {
                        var row = new ProductRow(rs.getLong("id"), rs.getString("sku"), rs.getString("name"),
                                rs.getLong("price"), rs.getInt("weight_grams"), rs.getInt("stock"), rs.getString("barcode"),
                                rs.getString("location"), rs.getInt("low_stock_threshold"),
                                rs.getBoolean("show_on_order_form"), rs.getBoolean("active"), rs.getLong("version"),
                                rs.getString("updated_by"));
                        found.put(row.sku(), row);
                    });
        }
        return found;
    }

    record NewProduct(ValidProduct product, int openingStock) {}

    void insert(List<NewProduct> created, String actor, Instant now) {
        if (created.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        SqlParameterSource[] params = created.stream().map(n -> values(n.product(), actor, at)
                .addValue("stock", n.openingStock())).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("INSERT INTO product (sku, name, price, weight_grams, stock, barcode, location,"
                + " low_stock_threshold, show_on_order_form, active, created_at, updated_at, updated_by, version)"
                + " VALUES (:sku, :name, :price, :weight, :stock, :barcode, :location, :threshold, :onOrderForm,"
                + " :active, :at, :at, :actor, 0)", params);
    }

    /** Everything staff may edit, by SKU; the version moves on so a form opened before refuses a stale save. */
    void update(List<ValidProduct> updated, String actor, Instant now) {
        if (updated.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        SqlParameterSource[] params = updated.stream().map(p -> values(p, actor, at)).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("UPDATE product SET name = :name, price = :price, weight_grams = :weight, barcode = :barcode,"
                + " location = :location, low_stock_threshold = :threshold, show_on_order_form = :onOrderForm,"
                + " active = :active, updated_at = :at, updated_by = :actor, version = version + 1 WHERE sku = :sku",
                params);
    }

    private static MapSqlParameterSource values(ValidProduct p, String actor, LocalDateTime at) {
        return new MapSqlParameterSource("sku", p.sku()).addValue("name", p.name()).addValue("price", p.price())
                .addValue("weight", p.weightGrams()).addValue("barcode", p.barcode()).addValue("location", p.location())
                .addValue("threshold", p.lowStockThreshold()).addValue("onOrderForm", p.showOnOrderForm())
                .addValue("active", p.active()).addValue("at", at).addValue("actor", actor);
    }
}
