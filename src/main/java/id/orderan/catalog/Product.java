package id.orderan.catalog;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something the seller sells. Orders copy name, SKU and price, so later edits don't rewrite history.
 * The stock column is written only by {@link ProductService}'s movement statements (never by saving
 * this entity), so an edit of the name can never overwrite what an order just took.
 *
 * @see <a href="../../../../../../docs/decisions/0010-stock-movements.md">0010 stock movements</a>
 */
@Entity
@Table(name = "product")
public class Product extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String sku;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false)
    private long price;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    /** Inserted once with the opening stock; afterwards only movements change it. */
    @Column(nullable = false, updatable = false)
    private int stock;

    @Column(length = 40)
    private @Nullable String barcode;

    @Column(length = 40)
    private @Nullable String location;

    @Column(name = "low_stock_threshold", nullable = false)
    private int lowStockThreshold;

    @Column(name = "show_on_order_form", nullable = false)
    private boolean showOnOrderForm = true;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 60)
    private @Nullable String updatedBy;

    @Version
    private long version;

    protected Product() {
        this("", "", 0, 0, 0, Instant.EPOCH);
    }

    Product(String sku, String name, long price, int weightGrams, int openingStock, Instant now) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.weightGrams = weightGrams;
        this.stock = openingStock;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Everything staff may edit; stock is not among it. */
    void describe(ValidProduct details, String actor, Instant now) {
        this.sku = details.sku();
        this.name = details.name();
        this.price = details.price();
        this.weightGrams = details.weightGrams();
        this.barcode = details.barcode();
        this.location = details.location();
        this.lowStockThreshold = details.lowStockThreshold();
        this.showOnOrderForm = details.showOnOrderForm();
        this.active = details.active();
        touch(actor, now);
    }

    void activate(boolean value, String actor, Instant now) {
        this.active = value;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public long getPrice() {
        return price;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    /** The stock when this entity was loaded; movements change the table, ask the service for now. */
    public int getStock() {
        return stock;
    }

    public @Nullable String getBarcode() {
        return barcode;
    }

    public @Nullable String getLocation() {
        return location;
    }

    public int getLowStockThreshold() {
        return lowStockThreshold;
    }

    public boolean isShowOnOrderForm() {
        return showOnOrderForm;
    }

    public boolean isActive() {
        return active;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
