package id.orderan.document;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.Translations;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.CourierService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.Permissions;
import id.orderan.shipping.Shipment;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.shipping.ShippingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoices and shipping labels as PDF. Role-checked here: the warehouse prints labels, only money
 * roles print invoices. Rendering only reads: a PDF address is a GET anyone can be sent a link to, so
 * "printed" is recorded by the staff action that prints ({@code OrderService.labelsPrinted} and
 * {@code invoicesPrinted}), never here.
 *
 * <p>Each document is read in one short read-only transaction into plain records, then rendered with
 * no transaction and no connection held: waiting for a render slot and rendering can take seconds, and
 * the pool (10 connections) is shared by every screen. No row is locked for printing.
 *
 * @see <a href="../../../../../../docs/decisions/0076-printing-is-recorded-by-the-staff-action.md">0076</a>
 * @see <a href="../../../../../../docs/decisions/0078-printing-outside-transactions-with-bounded-render-slots.md">0078</a>
 */
@Service
public class DocumentService {

    public static final int MAX_BULK = 500;

    private final OrderQueryService orders;
    private final ShippingService shipping;
    private final CourierService couriers;
    private final ProductService products;
    private final PdfRenderer renderer;
    private final StoreService store;
    private final Translations translations;
    private final TransactionTemplate readOnly;

    DocumentService(OrderQueryService orders, ShippingService shipping,
            ProductService products, PdfRenderer renderer, StoreService store, Translations translations,
            PlatformTransactionManager transactions, CourierService couriers) {
        this.couriers = couriers;
        this.translations = translations;
        this.orders = orders;
        this.shipping = shipping;
        this.products = products;
        this.renderer = renderer;
        this.store = store;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @PreAuthorize(Permissions.SEES_MONEY)
    public byte[] invoice(String orderNumber, @Nullable String note, Locale locale) {
        return invoices(List.of(orderNumber), note, locale);
    }

    /** One PDF, one invoice per page, in the order given; {@code note} is text staff typed in Orderan. */
    @PreAuthorize(Permissions.SEES_MONEY)
    public byte[] invoices(List<String> orderNumbers, @Nullable String note, Locale locale) {
        requireBulkSize(orderNumbers);
        StoreProfile profile = store.profile();
        return renderer.render("invoice", () -> documentModel(locale, "invoices", read(() -> orders.getByNumbers(
                orderNumbers).stream().map(order -> invoiceModel(order, note, locale, profile)).toList())), locale,
                profile.logoDataUri());
    }

    @PreAuthorize(Permissions.STAFF)
    public byte[] labels(List<String> orderNumbers, LabelFormat format, Locale locale) {
        requireBulkSize(orderNumbers);
        StoreProfile profile = store.profile();
        // three queries for any number of labels: orders with lines, their shipments, their products;
        // sheets, not entities: the warehouse prints labels and reads no money but the COD amount
        return renderer.render("label", () -> {
            List<DocumentModels.Label> labels = read(() -> {
                List<OrderSheet> batch = orders.sheets(orderNumbers);
                Map<Long, Shipment> shipments = shipping.latestShipments(batch.stream().map(OrderSheet::id).toList());
                Map<Long, ProductRow> productsById = productsOf(batch);
                return batch.stream().map(order -> labelModel(order, shipments.get(order.id()), productsById, profile, couriers))
                        .toList();
            });
            List<List<DocumentModels.Label>> pages = new ArrayList<>();
            for (int i = 0; i < labels.size(); i += format.perPage()) {
                pages.add(labels.subList(i, Math.min(labels.size(), i + format.perPage())));
            }
            return labelModel(pages, format, locale);
        }, locale, null);
    }

    /** For each order its invoice (A4) then its thermal label, in one PDF: what a packing table prints. */
    @PreAuthorize(Permissions.SEES_MONEY)
    public byte[] invoicesAndLabels(List<String> orderNumbers, Locale locale) {
        requireBulkSize(orderNumbers);
        StoreProfile profile = store.profile();
        return renderer.render("invoice-and-label", () -> documentModel(locale, "pairs", read(() -> {
            List<SalesOrder> batch = orders.getByNumbers(orderNumbers);
            List<OrderSheet> sheets = batch.stream().map(order -> OrderSheet.of(order, true)).toList();
            Map<Long, Shipment> shipments = shipping.latestShipments(batch.stream().map(SalesOrder::getId).toList());
            Map<Long, ProductRow> productsById = productsOf(sheets);
            return IntStream.range(0, batch.size()).mapToObj(i -> Map.<String, Object>of(
                    "invoice", invoiceModel(batch.get(i), null, locale, profile),
                    "label", labelModel(sheets.get(i), shipments.get(sheets.get(i).id()), productsById, profile,
                            couriers)))
                    .toList();
        })), locale, profile.logoDataUri());
    }

    /**
     * The buyer's own invoice, downloaded from their order page (decision 0150). Role BUYER only: the
     * storefront grants it for this one call, and the token names the order, so no other order can be
     * read this way. The order is read first, in its own short transaction: an unknown token is
     * answered empty without taking a render slot. Nothing is recorded; a buyer's download is not
     * staff printing (decision 0076), and the invoice carries no staff note.
     */
    @PreAuthorize(Permissions.BUYER)
    public Optional<NamedPdf> buyerInvoice(String token) {
        StoreProfile profile = store.profile();
        Locale locale = Translations.INDONESIAN;
        Optional<DocumentModels.Invoice> invoice = Objects.requireNonNull(readOnly.execute(
                status -> orders.forBuyer(token).map(order -> invoiceModel(order, null, locale, profile))));
        return invoice.map(model -> new NamedPdf("invoice-" + model.orderNumber() + ".pdf", renderer.render(
                "invoice", () -> documentModel(locale, "invoices", List.of(model)), locale, profile.logoDataUri())));
    }

    /** The invoice page as XHTML, exactly what the PDF is rendered from (previews, comparisons). */
    @PreAuthorize(Permissions.SEES_MONEY)
    public String invoiceXhtml(String orderNumber, Locale locale) {
        StoreProfile profile = store.profile();
        DocumentModels.Invoice invoice = read(() -> invoiceModel(orders.getByNumber(orderNumber), null, locale, profile));
        return renderer.xhtml("invoice", documentModel(locale, "invoices", List.of(invoice)), locale,
                profile.logoDataUri());
    }

    /** A render at start-up, so the first person to print does not wait for fonts and templates to load. */
    public void warmUp() {
        renderer.render("label", () -> labelModel(List.of(), LabelFormat.THERMAL_100X150, Translations.INDONESIAN),
                Locale.ROOT, null);
    }

    /** @see <a href="../../../../../../docs/decisions/0075-four-up-label-sheet.md">0075</a> */
    private Map<String, Object> labelModel(List<List<DocumentModels.Label>> pages, LabelFormat format, Locale locale) {
        return Map.of("pages", pages, "format", format.name(), "pageSize", format.pageSize(), "pageMargin",
                format.pageMargin(), "t", texts(locale));
    }

    /** The orders are read in a short read-only transaction; what leaves it are records, no entities. */
    private <T> T read(Supplier<T> models) {
        return Objects.requireNonNull(readOnly.execute(status -> models.get()));
    }

    /** The store logo goes to the renderer once per document, not inside every invoice (decision 0079). */
    private Map<String, Object> documentModel(Locale locale, String name, Object documents) {
        return Map.of(name, documents, "t", texts(locale));
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
                store.invoiceFooter(),
                // an unpaid COD order is paid to the courier, not by transfer (decision 0072)
                order.isCod() && !paid ? text("doc.cod", locale, Rupiah.format(order.remaining())) : null);
    }

    private Map<Long, ProductRow> productsOf(List<OrderSheet> batch) {
        return products.findAllById(batch.stream().flatMap(o -> o.lines().stream())
                        .map(OrderSheet.Line::productId).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
    }

    /** Static and package-private: {@link WarehouseDocuments} prints the same label before each packlist. */
    static DocumentModels.Label labelModel(OrderSheet order, @Nullable Shipment shipment, Map<Long, ProductRow> byId,
            StoreProfile store, CourierService couriers) {
        int grams = order.lines().stream().mapToInt(l -> l.productId() == null || !byId.containsKey(l.productId())
                ? 0 : byId.get(l.productId()).weightGrams() * l.quantity()).sum();
        String courier = shipment != null ? shipment.getCourier().label() + " " + Objects.requireNonNullElse(
                shipment.getService(), "") : order.courier() == null ? null : couriers.display(order.courier()).label();
        String resi = shipment == null ? null : shipment.getResi();
        boolean dropship = order.senderName() != null;
        return new DocumentModels.Label(order.orderNumber(), courier, resi, order.recipientName(),
                PhoneNumber.display(order.recipientPhone()), order.shippingAddress().singleLine(),
                dropship ? order.senderName() : store.name(),
                dropship ? PhoneNumber.display(order.senderPhone()) : store.phone(),
                String.format(Locale.ROOT, "%.2f kg", grams / 1000.0),
                order.lines().stream().map(l -> l.sku() + " × " + l.quantity()).toList(),
                order.codToCollect() == null || order.codToCollect() == 0 ? null : Rupiah.format(order.codToCollect()));
    }
}
