package id.orderan.storefront;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product of a private link at the price staff fixed; the name as staff saw it. */
@Embeddable
record PrivateLinkLine(
        @Column(name = "product_id", nullable = false) long productId,
        @Column(name = "product_name", nullable = false, length = 160) String productName,
        @Column(nullable = false) int quantity,
        @Column(name = "unit_price", nullable = false) long unitPrice) {}
