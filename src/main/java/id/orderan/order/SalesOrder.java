package id.orderan.order;

import id.orderan.base.SecretTokens;
import id.orderan.base.AbstractEntity;
import id.orderan.base.Address;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An order ({@code sales_order}: "order" is a reserved word). Keeps a snapshot of the buyer and the
 * shipping address as they were when ordered, and all money as whole rupiah.
 *
 * <p>Longer than ~300 lines on purpose: some 35 mapped columns (buyer, ship-to, sender, courier and money
 * snapshots) with their getters, and the few methods that keep them consistent (pricing, payments,
 * moves). Splitting them into embeddables would change the mapping of a million-row table for no
 * behaviour (decision 0121).
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends AbstractEntity {

    @Column(name = "order_number", nullable = false, unique = true, length = 24)
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private OrderSource source;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OrderStatus status = OrderStatus.BELUM_BAYAR;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "customer_name", nullable = false, length = 120)
    private String customerName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "customer_category", nullable = false, length = 20)
    private CustomerCategory customerCategory;

    @Column(name = "customer_phone", length = 20)
    private @Nullable String customerPhone;

    @Column(name = "customer_email", length = 150)
    private @Nullable String customerEmail;

    @Column(name = "recipient_name", nullable = false, length = 120)
    private String recipientName;

    @Column(name = "recipient_phone", length = 20)
    private @Nullable String recipientPhone;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = 255)),
        @AttributeOverride(name = "village", column = @Column(name = "ship_village", length = 120)),
        @AttributeOverride(name = "district", column = @Column(name = "ship_district", length = 120)),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = 120)),
        @AttributeOverride(name = "province", column = @Column(name = "ship_province", length = 80)),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code", length = 10)),
        @AttributeOverride(name = "villageCode", column = @Column(name = "ship_village_code", length = 13))
    })
    private Address shippingAddress = Address.empty();

    @Column(nullable = false)
    private long subtotal;

    @Column(nullable = false)
    private long discount;

    @Column(name = "shipping_cost", nullable = false)
    private long shippingCost;

    @Column(nullable = false)
    private long insurance;

    @Column(name = "other_fee", nullable = false)
    private long otherFee;

    @Column(name = "unique_code", nullable = false)
    private int uniqueCode;

    @Column(name = "grand_total", nullable = false)
    private long grandTotal;

    @Column(name = "amount_paid", nullable = false)
    private long amountPaid;

    @Column(length = 1000)
    private @Nullable String note;

    @Column(name = "status_reason", length = 500)
    private @Nullable String statusReason;

    @Column(nullable = false)
    private boolean cod;

    @Column(name = "printed_at")
    private @Nullable Instant printedAt;

    @Column(name = "updated_by", length = 50)
    private @Nullable String updatedBy;

    @Column(length = 30)
    private @Nullable String courier;

    @Column(name = "courier_service", length = 40)
    private @Nullable String courierService;

    @Column(name = "sender_name", length = 120)
    private @Nullable String senderName;

    @Column(name = "sender_phone", length = 20)
    private @Nullable String senderPhone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The buyer's secret for the order page (decision 0130); null only for a legacy row until
     * storefront-900. Changed only by staff's re-issue (decision 0152).
     */
    @Column(name = "buyer_token", unique = true, length = 32)
    private @Nullable String buyerToken;

    /** The buyer's one-time key of the form or link that placed this order (decision 0134); null for staff orders. */
    @Column(name = "placement_key", unique = true, length = 64, updatable = false)
    private @Nullable String placementKey;

    /** "Perlu dicek": the order tripped a soft anti-spam rule; {@link #reviewReason} says which. */
    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Column(name = "review_reason", length = 300)
    private @Nullable String reviewReason;

    /** "Ongkir dikonfirmasi admin": the buyer saw a total without shipping; staff set the final ongkir. */
    @Column(name = "shipping_to_confirm", nullable = false)
    private boolean shippingToConfirm;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
        this.orderNumber = "";
        this.source = OrderSource.MANUAL;
        this.customer = null;
        this.customerName = "";
        this.customerCategory = CustomerCategory.UMUM;
        this.recipientName = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    SalesOrder(String orderNumber, OrderSource source, Customer customer, Instant now) {
        this.orderNumber = orderNumber;
        this.source = source;
        this.buyerToken = SecretTokens.next();
        this.customer = customer;
        this.customerName = customer.getName();
        this.customerCategory = customer.getCategory();
        this.customerPhone = customer.getPhone();
        this.customerEmail = customer.getEmail();
        this.recipientName = customer.getName();
        this.recipientPhone = customer.getPhone();
        this.shippingAddress = customer.getAddress();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Another buyer (an unpaid order put on the wrong customer): their details as of now. */
    void buyer(Customer buyer) {
        this.customer = buyer;
        this.customerName = buyer.getName();
        this.customerCategory = buyer.getCategory();
        this.customerPhone = buyer.getPhone();
        this.customerEmail = buyer.getEmail();
    }

    void addLine(@Nullable Long productId, String sku, String productName, long unitPrice, int quantity) {
        lines.add(new OrderLine(this, lines.size() + 1, productId, sku, productName, unitPrice, quantity));
    }

    /** Recomputes subtotal and grand total with {@link Pricing}, the rule the order form shows live too. */
    void price(long discount, long shippingCost, long insurance, long otherFee, int uniqueCode) {
        Pricing.Totals totals = Pricing.totals(Pricing.subtotal(lines.stream()
                .map(l -> new Pricing.Line(l.getUnitPrice(), l.getQuantity())).toList()), discount, shippingCost,
                insurance, otherFee, uniqueCode);
        this.subtotal = totals.subtotal();
        this.discount = totals.discount();
        this.shippingCost = totals.shippingCost();
        this.insurance = totals.insurance();
        this.otherFee = totals.otherFee();
        this.uniqueCode = totals.uniqueCode();
        this.grandTotal = totals.grandTotal();
    }

    void setNote(@Nullable String note) {
        this.note = note;
    }

    /** The one way a status changes; callers go through {@link OrderService}, which checks the move. */
    void moveTo(OrderStatus target, @Nullable String reason) {
        this.status = target;
        if (org.hibernate.Hibernate.isInitialized(lines)) {
            // lines added in this transaction and not inserted yet must carry the new status when they are;
            // the stored ones are rewritten by OrderLineCopies (decision 0210)
            lines.forEach(line -> line.orderMoved(target));
        }
        if (target == OrderStatus.CANCEL || target == OrderStatus.RETUR) {
            this.statusReason = reason;
        }
    }

    void cashOnDelivery(boolean value) {
        this.cod = value;
    }

    public boolean isCod() {
        return cod;
    }

    /** What the courier still collects: the rest of a COD order that is not cancelled or returned; else 0. */
    public long codToCollect() {
        return codToCollect(cod, status, grandTotal, amountPaid);
    }

    /** The one rule, also for List Order's rows, which are read without the entity. */
    static long codToCollect(boolean cod, OrderStatus status, long grandTotal, long amountPaid) {
        boolean ended = status == OrderStatus.CANCEL || status == OrderStatus.RETUR;
        return cod && !ended ? Math.max(0, grandTotal - amountPaid) : 0;
    }

    void printed(Instant at) {
        this.printedAt = at;
    }

    public @Nullable Instant getPrintedAt() {
        return printedAt;
    }

    void addPayment(long amount) {
        this.amountPaid += amount;
    }

    /** A fresh token: the old buyer link stops working at once (decision 0152). */
    void newBuyerToken() {
        this.buyerToken = SecretTokens.next();
    }

    void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    void shipVia(@Nullable String courier, @Nullable String courierService) {
        this.courier = courier;
        this.courierService = courierService;
    }

    void sendAs(@Nullable String senderName, @Nullable String senderPhone) {
        this.senderName = senderName;
        this.senderPhone = senderPhone;
    }

    void shipTo(String recipientName, @Nullable String recipientPhone, Address address) {
        this.recipientName = recipientName;
        this.recipientPhone = recipientPhone;
        this.shippingAddress = address;
    }

    /** How the buyer placed it: the one-time key, and what the storefront's checks want staff to look at. */
    void placedByBuyer(String key, @Nullable String reviewReason, boolean shippingToConfirm) {
        this.placementKey = key;
        this.needsReview = reviewReason != null;
        this.reviewReason = reviewReason;
        this.shippingToConfirm = shippingToConfirm;
    }

    /** Staff looked at a "perlu dicek" order: the flag goes, the reason stays on the timeline. */
    void reviewed() {
        this.needsReview = false;
    }

    /** Staff set the final ongkir of an "ongkir dikonfirmasi admin" order. */
    void shippingConfirmed() {
        this.shippingToConfirm = false;
    }

    public @Nullable String getPlacementKey() {
        return placementKey;
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public @Nullable String getReviewReason() {
        return reviewReason;
    }

    public boolean isShippingToConfirm() {
        return shippingToConfirm;
    }

    void clearLines() {
        lines.clear();
    }

    public long remaining() {
        return Math.max(0, grandTotal - amountPaid);
    }

    /** The secret of the buyer's order page {@code /o/{token}}: share it with this order's buyer only. */
    public @Nullable String getBuyerToken() {
        return buyerToken;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public OrderSource getSource() {
        return source;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCustomerName() {
        return customerName;
    }

    public CustomerCategory getCustomerCategory() {
        return customerCategory;
    }

    public @Nullable String getCustomerPhone() {
        return customerPhone;
    }

    public @Nullable String getCustomerEmail() {
        return customerEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public @Nullable String getRecipientPhone() {
        return recipientPhone;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public long getSubtotal() {
        return subtotal;
    }

    public long getDiscount() {
        return discount;
    }

    public long getShippingCost() {
        return shippingCost;
    }

    public long getInsurance() {
        return insurance;
    }

    public long getOtherFee() {
        return otherFee;
    }

    public int getUniqueCode() {
        return uniqueCode;
    }

    public long getGrandTotal() {
        return grandTotal;
    }

    public long getAmountPaid() {
        return amountPaid;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable String getStatusReason() {
        return statusReason;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable String getCourier() {
        return courier;
    }

    public @Nullable String getCourierService() {
        return courierService;
    }

    public @Nullable String getSenderName() {
        return senderName;
    }

    public @Nullable String getSenderPhone() {
        return senderPhone;
    }

    public Long getCustomerId() {
        return customer.getId();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
