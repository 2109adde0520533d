package id.orderan.storefront;

import id.orderan.order.Courier;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One order form as the admin edits it (Pengaturan › Form Order) and as the buyer's page is built
 * from. {@code id} is null for a form not saved yet; {@code version} is the one it was read with.
 *
 * @param bankAccounts account numbers of the store's accounts to show; empty shows them all
 */
public record OrderFormSettings(@Nullable Long id, String slug, String title, String description, boolean active,
        List<Product> products, boolean chooseQuantity, ShippingRule shippingRule, List<Shipping> shipping,
        boolean uniqueCode, List<String> bankAccounts, AfterOrder afterOrder, long version) {

    /** A product offered; {@code formPrice} null means the catalog price at the moment of ordering. */
    public record Product(long productId, @Nullable Long formPrice) {}

    /** One shipping row; {@code province} only for the province table (null there: every other province). */
    public record Shipping(@Nullable String province, Courier courier, String service, long cost) {

        /** "JNE REG" as the buyer reads it. */
        public String label() {
            return service.isBlank() ? courier.label() : courier.label() + " " + service.strip();
        }
    }

    public OrderFormSettings {
        products = List.copyOf(products);
        shipping = List.copyOf(shipping);
        bankAccounts = List.copyOf(bankAccounts);
    }

    /** A new form's starting values. */
    public static OrderFormSettings empty() {
        return new OrderFormSettings(null, "", "", "", true, List.of(), true, ShippingRule.FLAT, List.of(), true,
                List.of(), AfterOrder.THANK_YOU, 0);
    }
}
