package id.orderan.storefront;

import id.orderan.order.Courier;
import id.orderan.order.CourierConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A saved order form (decision 0135): its settings, products and shipping rows as one versioned aggregate. */
@Entity
@Table(name = "order_form")
class OrderForm {

    @Embeddable
    static class ProductRow {
        @Column(name = "product_id", nullable = false)
        long productId;

        @Column(name = "form_price")
        @Nullable Long formPrice;
    }

    @Embeddable
    static class ShippingRow {
        @Column(length = 80)
        @Nullable String province;

        @Convert(converter = CourierConverter.class)
        @Column(nullable = false, length = 30)
        Courier courier = Courier.JNE;

        @Column(length = 60)
        @Nullable String service;

        @Column(nullable = false)
        long cost;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Long id;

    @Column(nullable = false, length = 60)
    String slug = "";

    @Column(nullable = false, length = 120)
    String title = "";

    @Column(length = 500)
    @Nullable String description;

    @Column(nullable = false)
    boolean active = true;

    @Column(name = "choose_quantity", nullable = false)
    boolean chooseQuantity = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipping_rule", nullable = false, length = 20)
    ShippingRule shippingRule = ShippingRule.FLAT;

    @Column(name = "unique_code", nullable = false)
    boolean uniqueCode;

    @Column(name = "bank_accounts", length = 1000)
    @Nullable String bankAccounts;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_order", nullable = false, length = 20)
    AfterOrder afterOrder = AfterOrder.THANK_YOU;

    @Column(name = "updated_by", length = 100)
    @Nullable String updatedBy;

    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_form_product", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    List<ProductRow> products = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_form_shipping", joinColumns = @JoinColumn(name = "form_id"))
    @OrderColumn(name = "position")
    List<ShippingRow> shipping = new ArrayList<>();

    OrderFormSettings settings() {
        return new OrderFormSettings(id, slug, title, Objects.requireNonNullElse(description, ""), active,
                products.stream().map(p -> new OrderFormSettings.Product(p.productId, p.formPrice)).toList(),
                chooseQuantity, shippingRule,
                shipping.stream().map(s -> new OrderFormSettings.Shipping(s.province, s.courier,
                        Objects.requireNonNullElse(s.service, ""), s.cost)).toList(),
                uniqueCode, bankAccounts == null || bankAccounts.isBlank() ? List.of()
                        : Arrays.stream(bankAccounts.split("\n")).filter(s -> !s.isBlank()).toList(),
                afterOrder, version);
    }

    /** Takes the (already validated) settings; the collections are replaced as a whole. */
    void apply(OrderFormSettings settings, String actor) {
        slug = settings.slug();
        title = settings.title().strip();
        description = settings.description().isBlank() ? null : settings.description().strip();
        active = settings.active();
        chooseQuantity = settings.chooseQuantity();
        shippingRule = settings.shippingRule();
        uniqueCode = settings.uniqueCode();
        bankAccounts = settings.bankAccounts().isEmpty() ? null : String.join("\n", settings.bankAccounts());
        afterOrder = settings.afterOrder();
        updatedBy = actor;
        products.clear();
        for (OrderFormSettings.Product product : settings.products()) {
            var row = new ProductRow();
            row.productId = product.productId();
            row.formPrice = product.formPrice();
            products.add(row);
        }
        shipping.clear();
        if (settings.shippingRule().hasRows()) {
            for (OrderFormSettings.Shipping line : settings.shipping()) {
                var row = new ShippingRow();
                row.province = settings.shippingRule() == ShippingRule.PROVINCE && line.province() != null
                        && !line.province().isBlank() ? line.province().strip() : null;
                row.courier = line.courier();
                row.service = line.service().isBlank() ? null : line.service().strip();
                row.cost = settings.shippingRule().charged() ? line.cost() : 0;
                shipping.add(row);
            }
        }
    }
}
