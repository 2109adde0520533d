package id.orderan.order;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One product on an order, as it was when ordered (name, SKU and price are snapshots). */
@Entity
@Table(name = "order_line")
public class OrderLine extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SalesOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id")
    private @Nullable Long productId;

    @Column(nullable = false, length = 40)
    private String sku;

    @Column(name = "product_name", nullable = false, length = 160)
    private String productName;

    @Column(name = "unit_price", nullable = false)
    private long unitPrice;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {
        this.sku = "";
        this.productName = "";
        this.order = null;
    }

    OrderLine(SalesOrder order, int lineNo, @Nullable Long productId, String sku, String productName,
            long unitPrice, int quantity) {
        this.order = order;
        this.lineNo = lineNo;
        this.productId = productId;
        this.sku = sku;
        this.productName = productName;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    public int getLineNo() {
        return lineNo;
    }

    public @Nullable Long getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public String getProductName() {
        return productName;
    }

    public long getUnitPrice() {
        return unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public long lineTotal() {
        return Pricing.lineTotal(unitPrice, quantity);
    }
}
