package id.orderan.storefront;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code templates/storefront/form.html} shows of one order form, formatted (Indonesian).
 * Prices shown are the server's; the live total's script reads them from {@code data-price}
 * attributes only to display, never to send.
 */
public record FormPage(String slug, String title, String description, String storeName, boolean chooseQuantity,
        List<Item> items, ShippingRule shippingRule, List<Option> options, boolean uniqueCode) {

    /** No stock count: how much a shop holds is not the public's business; sold out is enough. */
    public record Item(long productId, String name, String price, long priceValue, boolean soldOut) {}

    /** One shipping row offered; {@code province} for the province table ("" = other provinces). */
    public record Option(int index, String label, @Nullable String province, String cost, long costValue) {}

    public FormPage {
        items = List.copyOf(items);
        options = List.copyOf(options);
    }

    public boolean charged() {
        return shippingRule.charged();
    }

    public boolean confirmShipping() {
        return shippingRule == ShippingRule.CONFIRM;
    }

    public boolean byProvince() {
        return shippingRule == ShippingRule.PROVINCE;
    }
}
