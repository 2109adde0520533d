package id.orderan.catalog;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Something the seller sells. Orders copy name, SKU and price, so later edits don't rewrite history. */
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

    @Column(nullable = false)
    private int stock;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
        this("", "", 0, 0, 0, Instant.EPOCH);
    }

    Product(String sku, String name, long price, int weightGrams, int stock, Instant now) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.weightGrams = weightGrams;
        this.stock = stock;
        this.createdAt = now;
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

    public int getStock() {
        return stock;
    }

    public boolean isActive() {
        return active;
    }
}
