package id.orderan.storefront.ui;

import id.orderan.catalog.ProductRow;
import id.orderan.order.Courier;
import id.orderan.storefront.AfterOrder;
import id.orderan.storefront.OrderFormSettings;
import id.orderan.storefront.ShippingRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the Form Order editor holds, as its {@code Binder} reads and writes it ({@code readRecord} /
 * {@code writeRecord}; every component is bound by name). Public because {@code writeRecord} calls
 * the canonical constructor reflectively; keep it the only constructor.
 */
public record FormDraft(
        String slug,
        String title,
        String description,
        boolean active,
        List<Product> products,
        boolean chooseQuantity,
        ShippingRule shippingRule,
        List<Shipping> shipping,
        boolean uniqueCode,
        Set<String> bankAccounts,
        AfterOrder afterOrder) {

    /** A product row; an empty form price means "as listed in the catalog". */
    public record Product(@Nullable ProductRow product, @Nullable Long formPrice) {}

    /** A shipping row; {@code province} only for the province table (blank = other provinces). */
    public record Shipping(String province, @Nullable Courier courier, String service, @Nullable Long cost) {}

    static FormDraft of(OrderFormSettings form, Map<Long, ProductRow> products) {
        return new FormDraft(form.slug(), form.title(), form.description(), form.active(),
                form.products().stream().map(p -> new Product(products.get(p.productId()), p.formPrice())).toList(),
                form.chooseQuantity(), form.shippingRule(),
                form.shipping().stream().map(s -> new Shipping(Objects.requireNonNullElse(s.province(), ""), s.courier(),
                        s.service(), s.cost())).toList(),
                form.uniqueCode(), Set.copyOf(form.bankAccounts()), form.afterOrder());
    }

    /** The settings to save; rows left without a product or courier are not rows. */
    OrderFormSettings settings(@Nullable Long id, long version) {
        return new OrderFormSettings(id, slug, title, description, active,
                products.stream().filter(p -> p.product() != null)
                        .map(p -> new OrderFormSettings.Product(Objects.requireNonNull(p.product()).id(), p.formPrice()))
                        .toList(),
                chooseQuantity, shippingRule,
                shipping.stream().filter(s -> s.courier() != null)
                        .map(s -> new OrderFormSettings.Shipping(s.province().isBlank() ? null : s.province(),
                                Objects.requireNonNull(s.courier()), s.service(),
                                Objects.requireNonNullElse(s.cost(), 0L)))
                        .toList(),
                uniqueCode, List.copyOf(bankAccounts), afterOrder, version);
    }
}
