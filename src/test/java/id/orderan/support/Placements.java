package id.orderan.support;

import id.orderan.base.Address;
import id.orderan.catalog.Product;
import id.orderan.order.BuyerPlacement;
import id.orderan.order.OrderSource;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Test data builder for orders a buyer places on a storefront page (order form or private link). */
public final class Placements {

    private String key = UUID.randomUUID().toString();
    private OrderSource source = OrderSource.FORM;
    private String name = "Rina Kartika";
    private String phone = "0812-7777-1234";
    private @Nullable String email;
    private Address address = new Address("Jl. Melati No. 7", "Caturtunggal", "Depok", "Kab. Sleman",
            "DI Yogyakarta", "55281", null);
    private List<BuyerPlacement.Line> lines = List.of();
    private long shippingCost;
    private int uniqueCode;
    private @Nullable String reviewReason;
    private boolean shippingToConfirm;

    private Placements() {}

    public static Placements of(Product product, int quantity) {
        var builder = new Placements();
        builder.lines = List.of(new BuyerPlacement.Line(product.getId(), quantity, product.getPrice()));
        return builder;
    }

    public Placements key(String value) {
        this.key = value;
        return this;
    }

    public Placements source(OrderSource value) {
        this.source = value;
        return this;
    }

    public Placements buyer(String buyerName, String buyerPhone) {
        this.name = buyerName;
        this.phone = buyerPhone;
        return this;
    }

    public Placements email(String value) {
        this.email = value;
        return this;
    }

    public Placements shipping(long cost) {
        this.shippingCost = cost;
        return this;
    }

    public Placements uniqueCode(int value) {
        this.uniqueCode = value;
        return this;
    }

    public Placements needsReview(String reason) {
        this.reviewReason = reason;
        return this;
    }

    public Placements shippingToConfirm() {
        this.shippingToConfirm = true;
        return this;
    }

    public BuyerPlacement build() {
        return new BuyerPlacement(key, source, name, phone, email, address, lines, 0, shippingCost, 0, uniqueCode,
                "JNE", "REG", null, reviewReason, shippingToConfirm);
    }
}
