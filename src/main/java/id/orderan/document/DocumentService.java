package id.orderan.document;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.Translations;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.AppRoles;
import id.orderan.shipping.Shipment;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.shipping.ShippingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and shipping labels as PDF. Role-checked here: the warehouse prints labels, only money
 * roles print invoices. Rendering only reads: a PDF address is a GET anyone can be sent a link to, so
 * "printed" is recorded by the staff action that prints ({@code OrderService.labelsPrinted} and
 * {@code invoicesPrinted}), never here.
 *
 * @see <a href="../../../../../../docs/decisions/0076-printing-is-recorded-by-the-staff-action.md">0076</a>
 */
@Service
public class DocumentService {

    public static final int MAX_BULK = 500;

    private final OrderQueryService orders;
    private final ShippingService shipping;
    private final ProductService products;
    private final PdfRenderer renderer;
    private final StoreService store;
    private final Translations translations;

    DocumentService(OrderQueryService orders, ShippingService shipping,
            ProductService products, PdfRenderer renderer, StoreService store, Translations translations) {
        this.translations = translations;
        this.orders = orders;
        this.shipping = shipping;
        this.products = products;
        this.renderer = renderer;
        this.store = store;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public byte[] invoice(String orderNumber, @Nullable String note, Locale locale) {
        return invoices(List.of(orderNumber), note, locale);
    }

    /** One PDF, one invoice per page, in the order given; {@code note} is text staff typed in Orderan. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public byte[] invoices(List<String> orderNumbers, @Nullable String note, Locale locale) {
        requireBulkSize(orderNumbers);
        List<SalesOrder> batch = orders.getByNumbers(orderNumbers);
        StoreProfile profile = store.profile();
        List<DocumentModels.Invoice> invoices = batch.stream().map(order -> invoiceModel(order, note, locale, profile))
                .toList();
        return renderer.render("invoice", Map.of("invoices", invoices, "t", texts(locale)), locale);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "','" + AppRoles.GUDANG + "')")
    public byte[] labels(List<String> orderNumbers, LabelFormat format, Locale locale) {
        requireBulkSize(orderNumbers);
        // three queries for any number of labels: orders with lines, their shipments, their products;
        // sheets, not entities: the warehouse prints labels and reads no money but the COD amount
        List<OrderSheet> batch = orders.sheets(orderNumbers);
        Map<Long, Shipment> shipments = shipping.latestShipments(batch.stream().map(OrderSheet::id).toList());
        Map<Long, ProductRow> productsById = productsOf(batch);
        StoreProfile profile = store.profile();
        List<DocumentModels.Label> labels = new ArrayList<>();
        for (OrderSheet order : batch) {
            labels.add(labelModel(order, shipments.get(order.id()), productsById, profile));
        }
        List<List<DocumentModels.Label>> pages = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += format.perPage()) {
            pages.add(labels.subList(i, Math.min(labels.size(), i + format.perPage())));
        }
        return renderer.render("label", labelModel(pages, format, locale), locale);
    }

    /** For each order its invoice (A4) then its thermal label, in one PDF: what a packing table prints. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public byte[] invoicesAndLabels(List<String> orderNumbers, Locale locale) {
        requireBulkSize(orderNumbers);
        List<SalesOrder> batch = orders.getByNumbers(orderNumbers);
        StoreProfile profile = store.profile();
        Map<Long, Shipment> shipments = shipping.latestShipments(batch.stream().map(SalesOrder::getId).toList());
        Map<Long, ProductRow> productsById = productsOf(batch.stream().map(order -> OrderSheet.of(order, true)).toList());
        List<Map<String, Object>> pairs = batch.stream().map(order -> Map.<String, Object>of(
                "invoice", invoiceModel(order, null, locale, profile),
                "label", labelModel(OrderSheet.of(order, true), shipments.get(order.getId()), productsById, profile)))
                .toList();
        return renderer.render("invoice-and-label", Map.of("pairs", pairs, "t", texts(locale)), locale);
    }

    /** The invoice page as XHTML, exactly what the PDF is rendered from (previews, comparisons). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public String invoiceXhtml(String orderNumber, Locale locale) {
        return renderer.xhtml("invoice", Map.of("invoices", List.of(invoiceModel(orders.getByNumber(orderNumber), null,
                locale, store.profile())), "t", texts(locale)), locale);
    }

    /** A render at start-up, so the first person to print does not wait for fonts and templates to load. */
    public void warmUp() {
        renderer.render("label", labelModel(List.of(), LabelFormat.THERMAL_100X150, Translations.INDONESIAN),
                Locale.ROOT);
    }

    /** @see <a href="../../../../../../docs/decisions/0075-four-up-label-sheet.md">0075</a> */
    private Map<String, Object> labelModel(List<List<DocumentModels.Label>> pages, LabelFormat format, Locale locale) {
        return Map.of("pages", pages, "format", format.name(), "pageSize", format.pageSize(), "pageMargin",
                format.pageMargin(), "t", texts(locale));
    }

    /** The printed words of documents, in the reader's language (Indonesian unless they chose English). */
    static final List<String> TEXT_KEYS = List.of("doc.invoice", "doc.product", "doc.qty", "doc.price", "doc.subtotal",
            "doc.discount", "doc.shipping", "doc.insurance", "doc.other-fee", "doc.unique-code", "doc.total", "doc.paid",
            "doc.remaining", "doc.pay-to", "doc.holder", "doc.label.to", "doc.label.from", "doc.label.weight");

    private Map<String, String> texts(Locale locale) {
        return TEXT_KEYS.stream().collect(Collectors.toMap(Function.identity(), key -> text(key, locale)));
    }

    private String text(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static void requireBulkSize(List<String> orderNumbers) {
        if (orderNumbers.isEmpty() || orderNumbers.size() > MAX_BULK) {
            throw new BusinessException("error.document.bulk-size", MAX_BULK);
        }
    }

    private DocumentModels.Invoice invoiceModel(SalesOrder order, @Nullable String note, Locale locale,
            StoreProfile store) {
        List<DocumentModels.Line> lines = order.getLines().stream().map(l -> new DocumentModels.Line(l.getProductName(),
                l.getSku(), l.getQuantity(), Rupiah.format(l.getUnitPrice()), Rupiah.format(l.lineTotal()))).toList();
        boolean paid = order.getAmountPaid() >= order.getGrandTotal();
        String stamp = paid || order.getStatus() == OrderStatus.SUKSES ? text("doc.stamp.paid", locale)
                : order.getAmountPaid() > 0 ? text("doc.stamp.dp", locale, Rupiah.format(order.getAmountPaid()))
                : text("doc.stamp.unpaid", locale);
        return new DocumentModels.Invoice(store, order.getOrderNumber(), JakartaTime.format(order.getCreatedAt(), locale),
                stamp, order.getCustomerName(), PhoneNumber.display(order.getCustomerPhone()),
                order.getShippingAddress().singleLine(), lines, Rupiah.format(order.getSubtotal()),
                Rupiah.format(order.getDiscount()), Rupiah.format(order.getShippingCost()),
                Rupiah.format(order.getInsurance()), Rupiah.format(order.getOtherFee()), order.getUniqueCode(),
                Rupiah.format(order.getGrandTotal()), Rupiah.format(order.getAmountPaid()),
                Rupiah.format(order.remaining()), !paid, note == null || note.isBlank() ? null : note.trim(),
                Barcodes.code128(order.getOrderNumber()), store.invoiceFooter(),
                // an unpaid COD order is paid to the courier, not by transfer (decision 0072)
                order.isCod() && !paid ? text("doc.cod", locale, Rupiah.format(order.remaining())) : null);
    }

    private Map<Long, ProductRow> productsOf(List<OrderSheet> batch) {
        return products.findAllById(batch.stream().flatMap(o -> o.lines().stream())
                        .map(OrderSheet.Line::productId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
    }

    private DocumentModels.Label labelModel(OrderSheet order, @Nullable Shipment shipment, Map<Long, ProductRow> byId,
            StoreProfile store) {
        int grams = order.lines().stream().mapToInt(l -> l.productId() == null || !byId.containsKey(l.productId())
                ? 0 : byId.get(l.productId()).weightGrams() * l.quantity()).sum();
        String courier = shipment != null ? shipment.getCourier().label() + " " + Objects.requireNonNullElse(
                shipment.getService(), "") : order.courier();
        String resi = shipment == null ? null : shipment.getResi();
        boolean dropship = order.senderName() != null;
        return new DocumentModels.Label(order.orderNumber(), Barcodes.code128(order.orderNumber()), courier, resi,
                resi == null ? null : Barcodes.code128(resi), order.recipientName(),
                PhoneNumber.display(order.recipientPhone()), order.shippingAddress().singleLine(),
                dropship ? order.senderName() : store.name(),
                dropship ? PhoneNumber.display(order.senderPhone()) : store.phone(),
                String.format(Locale.ROOT, "%.2f kg", grams / 1000.0),
                order.lines().stream().map(l -> l.sku() + " × " + l.quantity()).toList(),
                order.codToCollect() == null ? null : Rupiah.format(order.codToCollect()));
    }
}
