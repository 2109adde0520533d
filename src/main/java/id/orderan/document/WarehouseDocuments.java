package id.orderan.document;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.Translations;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderQueryService;
import id.orderan.security.Permissions;
import id.orderan.shipping.Shipment;
import id.orderan.shipping.ShippingService;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warehouse station's PDFs: the picklist of a batch of orders (A4 or 100×150 thermal) and a
 * packlist per order, optionally each after its shipping label ("label + packlist"). The same pattern
 * as {@link DocumentService}: the orders are read in one short read-only transaction into records (three
 * queries for any number of orders: orders with lines, products, shipments), then rendered outside any
 * transaction in a bounded render slot. Reads without money (sheets), so GUDANG may print them. GETs only
 * render: the staff action that prints records it.
 *
 * @see <a href="../../../../../../docs/decisions/0172-picklist-by-sku-in-rack-order.md">0172</a>
 * @see <a href="../../../../../../docs/decisions/0078-printing-outside-transactions-with-bounded-render-slots.md">0078</a>
 */
@Service
public class WarehouseDocuments {

    /** The most orders one picklist or packlist PDF serves: the bulk print cap. */
    public static final int MAX_ORDERS = DocumentService.MAX_BULK;

    static final List<String> TEXT_KEYS = List.of("doc.picklist.title", "doc.picklist.orders", "doc.picklist.location",
            "doc.picklist.product", "doc.picklist.qty", "doc.picklist.serves", "doc.picklist.no-location",
            "doc.picklist.total", "doc.picklist.printed", "doc.packlist.title", "doc.packlist.courier",
            "doc.packlist.to", "doc.packlist.check", "doc.packlist.note", "doc.label.to", "doc.label.from",
            "doc.label.weight");

    private final OrderQueryService orders;
    private final ProductService products;
    private final ShippingService shipping;
    private final CourierService couriers;
    private final StoreService store;
    private final PdfRenderer renderer;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    WarehouseDocuments(OrderQueryService orders, ProductService products, ShippingService shipping,
            CourierService couriers, StoreService store, PdfRenderer renderer, Translations translations, Clock clock,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.products = products;
        this.shipping = shipping;
        this.couriers = couriers;
        this.store = store;
        this.renderer = renderer;
        this.translations = translations;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The picklist of these orders (summed by SKU, in rack order) as one PDF. */
    @PreAuthorize(Permissions.STAFF)
    public byte[] picklist(List<String> orderNumbers, PicklistPaper paper, Locale locale) {
        requireBatchSize(orderNumbers);
        return renderer.render("picklist", () -> {
            Picklist picklist = read(() -> {
                List<OrderSheet> sheets = orders.sheets(orderNumbers);
                return Picklist.of(sheets, productsOf(sheets));
            });
            return Map.of("picklist", picklist, "paper", paper.name(), "pageSize", paper.pageSize(), "pageMargin",
                    paper.pageMargin(), "printed", JakartaTime.format(clock.instant(), locale), "t", texts(locale));
        }, locale, null);
    }

    /**
     * One packlist per order on 100×150 mm, in the order given; with {@code withLabels} each order's
     * shipping label comes first, so one print run gives the packing table both sheets of a parcel.
     */
    @PreAuthorize(Permissions.STAFF)
    public byte[] packlists(List<String> orderNumbers, boolean withLabels, Locale locale) {
        requireBatchSize(orderNumbers);
        StoreProfile profile = store.profile();
        return renderer.render("packlist", () -> {
            List<Map<String, Object>> parcels = read(() -> {
                List<OrderSheet> sheets = orders.sheets(orderNumbers);
                Map<Long, ProductRow> byId = productsOf(sheets);
                Map<Long, Shipment> shipments = withLabels
                        ? shipping.latestShipments(sheets.stream().map(OrderSheet::id).toList()) : Map.of();
                List<Map<String, Object>> result = new ArrayList<>(sheets.size());
                for (OrderSheet sheet : sheets) {
                    Map<String, Object> parcel = new HashMap<>();
                    parcel.put("packlist", packlist(sheet, byId, locale));
                    if (withLabels) {
                        parcel.put("label", DocumentService.labelModel(sheet, shipments.get(sheet.id()), byId, profile,
                                couriers));
                    }
                    result.add(parcel);
                }
                return result;
            });
            return Map.of("parcels", parcels, "withLabels", withLabels, "t", texts(locale));
        }, locale, null);
    }

    private Packlist packlist(OrderSheet sheet, Map<Long, ProductRow> byId, Locale locale) {
        List<Packlist.Item> items = sheet.lines().stream().map(line -> {
            ProductRow product = line.productId() == null ? null : byId.get(line.productId());
            String location = product == null || product.location() == null || product.location().isBlank() ? null
                    : product.location().trim();
            return new Packlist.Item(line.sku(), line.productName(), location, line.quantity());
        }).sorted(Comparator.comparing(Packlist.Item::location, Comparator.nullsLast(Picklist::compareNaturally)))
                .toList();
        String courier = sheet.courier() == null ? null : couriers.find(sheet.courier()).map(Courier::label)
                .orElse(sheet.courier()) + (sheet.courierService() == null ? "" : " " + sheet.courierService());
        Long cod = sheet.codToCollect();
        return new Packlist(sheet.orderNumber(), JakartaTime.format(sheet.createdAt(), locale), courier,
                sheet.recipientName(), Objects.requireNonNullElse(sheet.shippingAddress().city(), ""), items,
                items.stream().mapToInt(Packlist.Item::quantity).sum(), cod == null || cod == 0 ? null : Rupiah.format(cod),
                sheet.note() == null || sheet.note().isBlank() ? null : sheet.note().trim());
    }

    private Map<Long, ProductRow> productsOf(List<OrderSheet> sheets) {
        List<Long> ids = sheets.stream().flatMap(o -> o.lines().stream()).map(OrderSheet.Line::productId)
                .filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : products.findAllById(ids).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
    }

    private <T> T read(Supplier<T> model) {
        return Objects.requireNonNull(readOnly.execute(status -> model.get()));
    }

    private Map<String, String> texts(Locale locale) {
        return TEXT_KEYS.stream().collect(Collectors.toMap(Function.identity(),
                key -> translations.getTranslation(key, locale)));
    }

    private static void requireBatchSize(List<String> orderNumbers) {
        if (orderNumbers.isEmpty() || orderNumbers.size() > MAX_ORDERS) {
            throw new BusinessException("error.document.bulk-size", MAX_ORDERS);
        }
    }
}
