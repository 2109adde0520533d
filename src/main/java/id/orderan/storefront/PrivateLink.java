package id.orderan.storefront;

import id.orderan.base.AbstractEntity;
import id.orderan.base.Address;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A private order link: what staff fixed for one customer (lines at the customer's price, charges,
 * courier), valid until {@link #expiresAt}, used once. It is not an order: the order exists only once
 * the buyer confirms, and then the link remembers which one it became.
 *
 * @see <a href="../../../../../../docs/decisions/0140-private-link-token-and-single-use.md">0140</a>
 */
@Entity
@Table(name = "private_link")
class PrivateLink extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 32, updatable = false)
    private String token;

    @Column(name = "recipient_name", length = 120)
    private @Nullable String recipientName;

    @Column(name = "recipient_phone", length = 20)
    private @Nullable String recipientPhone;

    @Embedded
    private Address address = Address.empty();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "private_link_line", joinColumns = @JoinColumn(name = "link_id"))
    @OrderColumn(name = "line_no")
    private List<PrivateLinkLine> lines = new ArrayList<>();

    @Column(nullable = false)
    private long discount;

    @Column(name = "shipping_cost", nullable = false)
    private long shippingCost;

    @Column(name = "other_fee", nullable = false)
    private long otherFee;

    @Column(name = "unique_code", nullable = false)
    private int uniqueCode;

    @Column(name = "grand_total", nullable = false)
    private long grandTotal;

    @Column(length = 30)
    private @Nullable String courier;

    @Column(name = "courier_service", length = 40)
    private @Nullable String courierService;

    @Column(length = 1000)
    private @Nullable String note;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "order_number", length = 24)
    private @Nullable String orderNumber;

    @Column(name = "order_token", length = 32)
    private @Nullable String orderToken;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "cancelled_by", length = 50)
    private @Nullable String cancelledBy;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected PrivateLink() {} // JPA

    PrivateLink(String token, PrivateLinkCommand command, List<PrivateLinkLine> lines, long grandTotal,
            @Nullable String normalizedPhone, String createdBy, Instant createdAt, Instant expiresAt) {
        this.token = token;
        this.recipientName = blankToNull(command.recipientName());
        this.recipientPhone = normalizedPhone;
        this.address = command.address().trimmed();
        this.lines = new ArrayList<>(lines);
        this.discount = command.discount();
        this.shippingCost = command.shippingCost();
        this.otherFee = command.otherFee();
        this.uniqueCode = command.uniqueCode();
        this.grandTotal = grandTotal;
        this.courier = blankToNull(command.courier());
        this.courierService = blankToNull(command.courierService());
        this.note = blankToNull(command.note());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    PrivateLinkStatus status(Instant now) {
        if (usedAt != null) {
            return PrivateLinkStatus.DIPAKAI;
        }
        if (cancelledAt != null) {
            return PrivateLinkStatus.DIBATALKAN;
        }
        return now.isBefore(expiresAt) ? PrivateLinkStatus.AKTIF : PrivateLinkStatus.KEDALUWARSA;
    }

    /** The link became this order. The first order recorded stays: one link, one order. */
    void usedFor(String number, String buyerToken, Instant when) {
        if (usedAt == null) {
            usedAt = when;
            orderNumber = number;
            orderToken = buyerToken;
        }
    }

    void cancel(String by, Instant when) {
        cancelledAt = when;
        cancelledBy = by;
    }

    String getToken() {
        return token;
    }

    @Nullable String getRecipientName() {
        return recipientName;
    }

    @Nullable String getRecipientPhone() {
        return recipientPhone;
    }

    Address getAddress() {
        return address == null ? Address.empty() : address;
    }

    List<PrivateLinkLine> getLines() {
        return List.copyOf(lines);
    }

    long getDiscount() {
        return discount;
    }

    long getShippingCost() {
        return shippingCost;
    }

    long getOtherFee() {
        return otherFee;
    }

    int getUniqueCode() {
        return uniqueCode;
    }

    long getGrandTotal() {
        return grandTotal;
    }

    @Nullable String getCourier() {
        return courier;
    }

    @Nullable String getCourierService() {
        return courierService;
    }

    @Nullable String getNote() {
        return note;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable String getOrderNumber() {
        return orderNumber;
    }

    @Nullable String getOrderToken() {
        return orderToken;
    }

    long getVersion() {
        return version;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
