package id.orderan.support;

import id.orderan.base.Address;
import id.orderan.catalog.Product;
import id.orderan.storefront.PrivateLinkCommand;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test data builder for private links as staff fix them (lines at the customer's price, charges). */
public final class PrivateLinks {

    private final List<PrivateLinkCommand.Line> lines = new ArrayList<>();
    private @Nullable String name = "Rina Kartika";
    private @Nullable String phone = "0812-7777-1234";
    private Address address = new Address("Jl. Melati No. 7", "Caturtunggal", "Depok", "Kab. Sleman",
            "DI Yogyakarta", "55281", null);
    private long discount;
    private long shippingCost;
    private long otherFee;
    private int uniqueCode;
    private int days = PrivateLinkCommand.DEFAULT_DAYS;

    private PrivateLinks() {}

    /** One line at the given (customer's) price. */
    public static PrivateLinks of(Product product, int quantity, long unitPrice) {
        var builder = new PrivateLinks();
        builder.lines.add(new PrivateLinkCommand.Line(product.getId(), quantity, unitPrice));
        return builder;
    }

    public PrivateLinks and(Product product, int quantity, long unitPrice) {
        lines.add(new PrivateLinkCommand.Line(product.getId(), quantity, unitPrice));
        return this;
    }

    public PrivateLinks charges(long discountAmount, long shipping, long other, int code) {
        this.discount = discountAmount;
        this.shippingCost = shipping;
        this.otherFee = other;
        this.uniqueCode = code;
        return this;
    }

    public PrivateLinks forNobody() {
        this.name = null;
        this.phone = null;
        this.address = Address.empty();
        return this;
    }

    public PrivateLinks validDays(int value) {
        this.days = value;
        return this;
    }

    public PrivateLinkCommand build() {
        return new PrivateLinkCommand(name, phone, address, lines, discount, shippingCost, otherFee, uniqueCode, "JNE",
                "REG", "Harga reseller", days);
    }
}
