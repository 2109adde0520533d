package id.orderan.storefront;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.AreaService;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.BuyerOrder;
import id.orderan.order.BuyerOrders;
import id.orderan.order.BuyerPlacement;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.PlacedOrder;
import id.orderan.order.Pricing;
import id.orderan.security.Buyer;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order forms (issue 13 §1, decision 0135): the admin's settings (Pengaturan › Form Order), the
 * buyer's page {@code /f/{slug}}, the order it places (every amount recomputed here, the buyer acting
 * as "pembeli", one order per one-time key) and the thank-you page. The buyer's side is anonymous by
 * design; what the buyer may do is checked by the services it calls as {@link Buyer}.
 */
@Service
public class OrderFormService {

    public static final String FORM_PATH = "/f/";

    private final OrderFormRepository forms;
    private final ProductService products;
    private final OrderService orders;
    private final BuyerOrders buyerOrders;
    private final StoreService store;
    private final AreaService areas;
    private final OrderScreening screening;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final String publicUrl;
    private final CourierService couriers;

    OrderFormService(OrderFormRepository forms, ProductService products, OrderService orders, BuyerOrders buyerOrders,
            StoreService store, AreaService areas, OrderScreening screening, CurrentUser currentUser, JdbcTemplate jdbc,
            @Value("${orderan.public-url:http://localhost:8080}") String publicUrl, CourierService couriers) {
        this.forms = forms;
        this.couriers = couriers;
        this.products = products;
        this.orders = orders;
        this.buyerOrders = buyerOrders;
        this.store = store;
        this.areas = areas;
        this.screening = screening;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // ---- the admin's settings --------------------------------------------------------------------

    /** The couriers a form's shipping rows may offer (the active ones of the courier list). */
    @PreAuthorize(Permissions.ADMINISTERS)
    public List<Courier> courierChoices() {
        return couriers.active();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTERS)
    public List<OrderFormSettings> list() {
        return forms.findAllByOrderByTitleAsc().stream().map(OrderForm::settings).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTERS)
    public Optional<OrderFormSettings> get(long id) {
        return forms.findById(id).map(OrderForm::settings);
    }

    /**
     * Creates ({@code id} null) or updates a form read at {@code version}. Refused with a translated
     * message, nothing saved: a bad or reserved or taken slug, no title, no product, a negative price,
     * a charged rule without shipping rows, or someone else's save in between.
     */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public OrderFormSettings save(OrderFormSettings settings) {
        String slug = FormSlugs.validated(settings.slug());
        if (settings.title().isBlank()) {
            throw new BusinessException("error.order-form.title-required");
        }
        if (settings.title().strip().length() > 120) {
            throw new BusinessException("error.order-form.title-too-long", 120);
        }
        if (settings.description().strip().length() > 500) {
            throw new BusinessException("error.order-form.description-too-long", 500);
        }
        if (settings.products().isEmpty()) {
            throw new BusinessException("error.order-form.products-required");
        }
        if (settings.products().stream().map(OrderFormSettings.Product::productId).distinct().count()
                != settings.products().size()) {
            throw new BusinessException("error.order-form.product-twice");
        }
        if (settings.products().stream().anyMatch(p -> p.formPrice() != null && p.formPrice() < 0)) {
            throw new BusinessException("error.order-form.price-invalid");
        }
        if (settings.shippingRule().charged() && settings.shipping().isEmpty()) {
            throw new BusinessException("error.order-form.shipping-required");
        }
        if (settings.shippingRule().hasRows() && settings.shipping().stream().anyMatch(s -> s.cost() < 0)) {
            throw new BusinessException("error.order-form.shipping-cost-invalid");
        }
        if (String.join("\n", settings.bankAccounts()).length() > 1000) {
            throw new BusinessException("error.order-form.too-many-banks");
        }
        forms.findBySlug(slug).filter(other -> !Objects.equals(other.id, settings.id())).ifPresent(other -> {
            throw new BusinessException("error.order-form.slug-taken", slug);
        });
        OrderForm form = settings.id() == null ? new OrderForm()
                : forms.findById(settings.id()).orElseThrow(() -> new BusinessException("error.order-form.changed"));
        if (settings.id() != null && form.version != settings.version()) {
            throw new BusinessException("error.order-form.changed");
        }
        form.apply(new OrderFormSettings(settings.id(), slug, settings.title(), settings.description(),
                settings.active(), settings.products(), settings.chooseQuantity(), settings.shippingRule(),
                settings.shipping(), settings.uniqueCode(), settings.bankAccounts(), settings.afterOrder(),
                settings.version()), currentUser.actorName());
        try {
            return forms.saveAndFlush(form).settings();
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessException("error.order-form.changed");
        }
    }

    /** The address buyers open: {@code orderan.public-url} + {@code /f/{slug}}. */
    public String publicUrl(String slug) {
        return publicUrl + FORM_PATH + slug;
    }

    // ---- the buyer's form ------------------------------------------------------------------------

    /** The buyer's page of an active form, or empty (unknown and inactive look the same). */
    public Optional<FormPage> page(String slug) {
        return activeForm(slug).map(form -> page(form, offered(form)));
    }

    /** The server's total for what the buyer chose ("Hitung total" without JavaScript); creates nothing. */
    public Optional<FormQuote> quote(String slug, FormInput input) {
        return activeForm(slug).map(form -> FormPricing.quote(form, offered(form), input.parsedQuantities(),
                input.shippingChoice(), input.province()));
    }

    /**
     * The buyer's order: a key already used answers with its order (a double tap, a refresh, a retry);
     * otherwise validated, screened, priced from the form's settings and placed as the buyer. Stock
     * that ran out since the page was rendered is an {@link FormOutcome.Invalid}, never an order.
     */
    public FormOutcome place(String slug, FormInput input, String clientAddress) {
        Optional<OrderFormSettings> found = activeForm(slug);
        if (found.isEmpty()) {
            return new FormOutcome.NotFound();
        }
        OrderFormSettings form = found.get();
        boolean keyUsable = !input.key().isBlank() && input.key().length() <= 64;
        if (keyUsable) {
            Optional<PlacedOrder> earlier = Buyer.act(() -> orders.placedWithKey(input.key()));
            if (earlier.isPresent()) {
                return new FormOutcome.Placed(earlier.get().buyerToken());
            }
        }
        FormQuote quote = FormPricing.quote(form, offered(form), input.parsedQuantities(), input.shippingChoice(),
                input.province());
        Map<String, String> errors = new LinkedHashMap<>(input.errors());
        quote.errors().forEach(errors::putIfAbsent);
        if (!keyUsable) {
            errors.put("form", "Halaman ini sudah kedaluwarsa. Periksa isian lalu kirim lagi.");
        }
        if (!errors.isEmpty()) {
            return new FormOutcome.Invalid(quote, errors);
        }
        Address address = areas.matched(input.address());
        Screening verdict = screening.screen(new Submission(input.name().strip(), input.phone().strip(),
                address.singleLine(), input.honeypot(), clientAddress));
        return switch (verdict) {
            case Screening.Trap trap -> new FormOutcome.Trapped();
            case Screening.TooMany tooMany -> new FormOutcome.TooMany(tooMany.retryAfterSeconds());
            case Screening.Accept accept -> placeAccepted(form, input, quote, address, accept.reviewReason());
        };
    }

    private FormOutcome placeAccepted(OrderFormSettings form, FormInput input, FormQuote quote, Address address,
            @Nullable String reviewReason) {
        OrderFormSettings.Shipping shipping = quote.shipping();
        var placement = new BuyerPlacement(input.key(), OrderSource.FORM, input.name().strip(), input.phone().strip(),
                input.email().isBlank() ? null : input.email().strip(), address,
                quote.lines().stream().map(l -> new BuyerPlacement.Line(l.productId(), l.quantity(), l.unitPrice()))
                        .toList(),
                0, quote.shippingCost(), 0, form.uniqueCode() ? Pricing.newUniqueCode() : 0,
                shipping == null ? null : shipping.courier().code(),
                shipping == null || shipping.service().isBlank() ? null : shipping.service().strip(),
                input.note().isBlank() ? null : input.note().strip(), reviewReason, quote.shippingToConfirm());
        try {
            PlacedOrder placed = Buyer.act(() -> orders.placeForBuyer(placement));
            jdbc.update("INSERT IGNORE INTO order_form_order (order_number, form_id) VALUES (?, ?)",
                    placed.orderNumber(), form.id());
            return new FormOutcome.Placed(placed.buyerToken());
        } catch (BusinessException e) {
            // stock taken by someone else since the page was rendered, or a product archived meanwhile
            String message = "error.order.stock-insufficient".equals(e.messageKey()) && e.args().length > 1
                    ? "Maaf, stok " + e.args()[0] + " tidak cukup (tersisa " + e.args()[1] + ")."
                    : "Maaf, pesanan belum bisa dibuat. Periksa pilihan produk lalu coba lagi.";
            FormQuote fresh = FormPricing.quote(form, offered(form), input.parsedQuantities(), input.shippingChoice(),
                    input.province());
            return new FormOutcome.Invalid(fresh, Map.of("qty", message));
        }
    }

    // ---- the thank-you page ----------------------------------------------------------------------

    /** The thank-you page of the order with this buyer token; empty for any other token. */
    public Optional<ThankYouPage> thankYou(String token) {
        return buyerOrders.forBuyer(token).map(order -> thankYou(order, formOf(order.orderNumber())));
    }

    private ThankYouPage thankYou(BuyerOrder order, @Nullable OrderFormSettings form) {
        StoreProfile profile = store.profile();
        List<BuyerPage.Bank> banks = profile.banks().stream()
                .filter(b -> form == null || form.bankAccounts().isEmpty() || form.bankAccounts().contains(b.number()))
                .map(b -> new BuyerPage.Bank(b.bank(), b.number(), b.holder())).toList();
        boolean shippingToConfirm = form != null && form.shippingRule() == ShippingRule.CONFIRM
                && order.shippingCost() == 0;
        String total = Rupiah.format(order.grandTotal());
        String whatsApp = PhoneNumber.normalize(profile.phone()).map(phone -> "https://wa.me/" + phone + "?text="
                + URLEncoder.encode("Halo " + profile.name() + ", saya sudah memesan " + order.orderNumber()
                        + " dengan total " + total + (shippingToConfirm ? " (belum termasuk ongkir)" : "")
                        + ". Mohon diproses, terima kasih.", StandardCharsets.UTF_8).replace("+", "%20"))
                .orElse("");
        return new ThankYouPage(profile.name(), order.orderNumber(),
                StorefrontService.transfer(order.remaining(), order.uniqueCode()), total, shippingToConfirm, banks,
                whatsApp, form != null && form.afterOrder() == AfterOrder.WHATSAPP && !whatsApp.isEmpty());
    }

    private @Nullable OrderFormSettings formOf(String orderNumber) {
        return jdbc.queryForList("SELECT form_id FROM order_form_order WHERE order_number = ?", Long.class, orderNumber)
                .stream().findFirst().flatMap(forms::findById).map(OrderForm::settings).orElse(null);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Optional<OrderFormSettings> activeForm(String slug) {
        if (!FormSlugs.wellFormed(slug)) {
            return Optional.empty();
        }
        return forms.findBySlug(slug).filter(form -> form.active).map(OrderForm::settings);
    }

    /** The catalog now: name, price, stock and whether still sold, for the form's products. */
    private Map<Long, FormPricing.Offered> offered(OrderFormSettings form) {
        List<Long> ids = form.products().stream().map(OrderFormSettings.Product::productId).toList();
        return Buyer.act(() -> products.offeredToBuyer(ids)).stream()
                .collect(Collectors.toMap(ProductRow::id, p -> new FormPricing.Offered(p.id(), p.name(),
                        Objects.requireNonNullElse(p.price(), 0L), p.stock(), p.active()), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private FormPage page(OrderFormSettings form, Map<Long, FormPricing.Offered> catalog) {
        List<FormPage.Item> items = new ArrayList<>();
        for (OrderFormSettings.Product product : form.products()) {
            FormPricing.Offered offered = catalog.get(product.productId());
            if (offered != null) {
                long price = FormPricing.unitPrice(product, offered);
                items.add(new FormPage.Item(offered.id(), offered.name(), Rupiah.format(price), price,
                        offered.soldOut()));
            }
        }
        List<FormPage.Option> options = new ArrayList<>();
        for (int i = 0; i < form.shipping().size(); i++) {
            OrderFormSettings.Shipping row = form.shipping().get(i);
            if (!couriers.offered(row.courier())) {
                continue; // deactivated in Pengaturan › Kurir since the form was saved: no longer offered
            }
            options.add(new FormPage.Option(i, row.label(), form.shippingRule() == ShippingRule.PROVINCE
                    ? Objects.requireNonNullElse(row.province(), "") : null,
                    Rupiah.format(row.cost()), form.shippingRule().charged() ? row.cost() : 0));
        }
        return new FormPage(form.slug(), form.title(), form.description(), store.profile().name(),
                form.chooseQuantity(), items, form.shippingRule(), options, form.uniqueCode());
    }

}
