package id.orderan.order;

import id.orderan.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One product on an order, as it was when ordered (name, SKU and price are snapshots).
 *
 * <p>Also carries copies of its order's status and creation time, so that a product search counts and
 * pages List Order from one index of this table (decision 0210). They are written here when the line
 * is inserted and afterwards only by {@link OrderLineCopies}, in the transaction of each move, never by
 * Hibernate's dirty checking ({@code updatable = false}).
 *
 * @see <a href="../../../../../../docs/decisions/0210-order-line-copies-and-capped-counts.md">0210 copies on order lines</a>
 */
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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "order_status", length = 20, updatable = false)
    private @Nullable OrderStatus orderStatus;

    @Column(name = "order_created_at", updatable = false)
    private @Nullable Instant orderCreatedAt;

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
        this.orderStatus = order.getStatus();
        this.orderCreatedAt = order.getCreatedAt();
    }

    /** Keeps the in-memory copy right; Hibernate writes it only when inserting the line. */
    void orderMoved(OrderStatus status) {
        this.orderStatus = status;
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
