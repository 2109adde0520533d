package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scan-to-pack at the station ({@code /gudang/kemas}): open an order by its barcode or number, tick its
 * items by product barcode or SKU, and the last unit makes it <em>packed</em> (a flag with who and when,
 * not a status); then the resi goes through {@link ShippingService#enterResi} exactly. Every rule is here,
 * so a hand-crafted request is refused the same way the tablet is. ADMIN, CS and GUDANG may pack; the resi
 * is the shipping roles' (ADMIN, GUDANG), as everywhere else.
 *
 * @see <a href="../../../../../../docs/decisions/0165-scan-to-pack-progress-per-order.md">0165 progress per order</a>
 * @see <a href="../../../../../../docs/decisions/0166-who-packs-and-who-enters-the-resi.md">0166 who packs, who enters the resi</a>
 * @see <a href="../../../../../../docs/decisions/0167-what-a-scan-may-mean.md">0167 what a scan may mean</a>
 */
@Service
public class PackingService {

    private final OrderQueryService orders;
    private final ProductService products;
    private final PackingRepository packings;
    private final PackingEventRepository events;
    private final ShippingService shipping;
    private final CourierService couriers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    PackingService(OrderQueryService orders, ProductService products, PackingRepository packings,
            PackingEventRepository events, ShippingService shipping, CourierService couriers, CurrentUser currentUser,
            Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.orders = orders;
        this.products = products;
        this.packings = packings;
        this.events = events;
        this.shipping = shipping;
        this.couriers = couriers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The order a scan or a typed number means, with its items and what was scanned so far. Refused when
     * unknown or not Sedang Diproses (paid, not shipped: a cancelled order must not leave the building). A
     * packed order opens too: the station offers its resi.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.STAFF)
    public PackingSheet open(String orderScanOrNumber) {
        OrderSheet order = processing(PackCodes.orderNumber(orderScanOrNumber));
        return sheet(order, packings.findByOrderId(order.id()).orElse(null));
    }

    /**
     * Ticks one unit of the item a scan means. A code not on the order, one more unit than ordered, or an
     * order that is already packed is refused and nothing changes; the last unit packs the order.
     */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public ScanResult scanItem(ScanCommand command) {
        OrderSheet order = processing(PackCodes.orderNumber(command.orderNumber()));
        Packing packing = packings.findByOrderId(order.id())
                .orElseGet(() -> new Packing(order.id(), currentUser.actorName(), clock.instant()));
        if (command.scanId().equals(packing.getLastScanId())) {
            return new ScanResult(sheet(order, packing), null, false, true);
        }
        if (packing.isPacked()) {
            throw new BusinessException("error.packing.already-packed", order.orderNumber());
        }
        Map<String, ProductRow> catalog = catalog(order);
        PackLine line = matching(lines(order, catalog, packing), PackCodes.item(command.code()))
                .orElseThrow(() -> new BusinessException("error.packing.wrong-item", command.code().strip(),
                        order.orderNumber()));
        if (line.complete()) {
            throw new BusinessException("error.packing.too-many", line.productName(), line.quantity());
        }
        packing.tick(line.sku(), command.scanId());
        boolean packedNow = lines(order, catalog, packing).stream().allMatch(PackLine::complete);
        if (packedNow) {
            packing.packed(currentUser.actorName(), clock.instant());
            events.save(new PackingEvent(order.id(), PackingEvent.Kind.PACKED,
                    packing.scanned().values().stream().mapToInt(Integer::intValue).sum(), currentUser.actorName(),
                    clock.instant()));
        }
        try {
            packings.saveAndFlush(packing);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // another tablet (or a retry racing this request) counted on this order at the same moment
            throw new BusinessException("error.packing.changed", order.orderNumber());
        }
        if (packedNow) { // open Gudang screens move it to "Sudah dikemas" once this commits
            publisher.publishEvent(new OrderPacked(order.id(), order.orderNumber(), currentUser.actorName()));
        }
        return new ScanResult(sheet(order, packing, catalog), line.sku(), packedNow, false);
    }

    /**
     * Start over after a mistake: nothing scanned, not packed, recorded on the timeline. Only while the
     * order is still Sedang Diproses (once shipped the parcel has left).
     */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public PackingSheet startOver(String orderNumber) {
        OrderSheet order = processing(PackCodes.orderNumber(orderNumber));
        Optional<Packing> existing = packings.findByOrderId(order.id());
        if (existing.isEmpty()) {
            return sheet(order, null);
        }
        Packing packing = existing.get();
        boolean wasPacked = packing.isPacked();
        int units = packing.scanned().values().stream().mapToInt(Integer::intValue).sum();
        packing.startOver(currentUser.actorName(), clock.instant());
        events.save(new PackingEvent(order.id(), PackingEvent.Kind.RESET, units, currentUser.actorName(),
                clock.instant()));
        try {
            packings.saveAndFlush(packing);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessException("error.packing.changed", order.orderNumber());
        }
        publisher.publishEvent(new PackingStartedOver(order.id(), order.orderNumber(), wasPacked));
        return sheet(order, packing);
    }

    /**
     * The resi of a packed order, through {@link ShippingService#enterResi} exactly: its checks, its
     * duplicate warning ({@code DuplicateResiException}, then again with {@code duplicateConfirmed}) and
     * its move to Proses Pengiriman. ADMIN and GUDANG, as the shipping service itself (decision 0166).
     */
    @Transactional
    @PreAuthorize(Permissions.SHIPS)
    public void enterResi(ResiEntry entry) {
        String number = PackCodes.orderNumber(entry.orderNumber());
        OrderSheet order = processing(number);
        if (packings.findByOrderId(order.id()).filter(Packing::isPacked).isEmpty()) {
            throw new BusinessException("error.packing.not-packed", number);
        }
        Courier courier = couriers.find(entry.courierCode())
                .orElseThrow(() -> new BusinessException("error.packing.courier-unknown", entry.courierCode()));
        shipping.enterResi(new ResiCommand(number, courier, entry.service(), entry.resi(), entry.duplicateConfirmed()));
    }

    /** The packing lines of the order's timeline, for every role that may read the order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<PackingEventView> history(long orderId) {
        return events.findByOrderIdOrderByRecordedAtAsc(orderId).stream()
                .map(e -> new PackingEventView(e.getKind() == PackingEvent.Kind.PACKED, e.getUnits(), e.getActor(),
                        e.getRecordedAt()))
                .toList();
    }

    /** One packing line of a timeline: packed (with the units), or started over (with the units dropped). */
    public record PackingEventView(boolean packed, int units, String actor, Instant at) {}

    private OrderSheet processing(String orderNumber) {
        if (orderNumber.isBlank()) {
            throw new BusinessException("error.packing.unknown-order", orderNumber);
        }
        OrderSheet order;
        try {
            order = orders.sheets(List.of(orderNumber)).getFirst(); // the order and its lines: one query
        } catch (BusinessException notFound) {
            throw new BusinessException("error.packing.unknown-order", orderNumber);
        }
        if (order.status() != OrderStatus.SEDANG_DIPROSES) {
            throw new BusinessException("error.packing.not-processing", order.orderNumber(),
                    order.status().labelKey());
        }
        return order;
    }

    private PackingSheet sheet(OrderSheet order, @Nullable Packing packing) {
        return sheet(order, packing, catalog(order));
    }

    private PackingSheet sheet(OrderSheet order, @Nullable Packing packing, Map<String, ProductRow> catalog) {
        return new PackingSheet(order.orderNumber(), order.status(), order.recipientName(), order.courier(),
                order.courierService(), order.cod(), order.codToCollect(), lines(order, catalog, packing),
                packing == null ? null : packing.getPackedBy(), packing == null ? null : packing.getPackedAt());
    }

    /** The order's products by SKU (upper case) as the catalog has them now: barcode and rack. One query. */
    private Map<String, ProductRow> catalog(OrderSheet order) {
        List<Long> ids = order.lines().stream().map(OrderSheet.Line::productId).filter(Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProductRow> byId = products.findAllById(ids).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
        Map<String, ProductRow> bySku = new LinkedHashMap<>();
        for (OrderSheet.Line line : order.lines()) {
            ProductRow row = line.productId() == null ? null : byId.get(line.productId());
            if (row != null) {
                bySku.putIfAbsent(PackCodes.item(line.sku()), row);
            }
        }
        return bySku;
    }

    /** The order's lines summed per SKU, in the order's line order, with the catalog's barcode and rack. */
    private static List<PackLine> lines(OrderSheet order, Map<String, ProductRow> catalog, @Nullable Packing packing) {
        Map<String, int[]> quantities = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (OrderSheet.Line line : order.lines()) {
            String sku = PackCodes.item(line.sku());
            quantities.computeIfAbsent(sku, k -> new int[1])[0] += line.quantity();
            names.putIfAbsent(sku, line.productName());
        }
        List<PackLine> result = new ArrayList<>();
        quantities.forEach((sku, quantity) -> {
            ProductRow row = catalog.get(sku);
            result.add(new PackLine(sku, names.get(sku), row == null ? null : row.barcode(),
                    row == null ? null : row.location(), quantity[0], packing == null ? 0 : packing.scanned(sku)));
        });
        return result;
    }

    /**
     * The line a code means: a product barcode first (what scanners read), else the SKU on the order, both
     * ignoring case.
     */
    private static Optional<PackLine> matching(List<PackLine> lines, String code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return lines.stream().filter(line -> line.barcode() != null && PackCodes.item(line.barcode()).equals(code))
                .findFirst()
                .or(() -> lines.stream().filter(line -> line.sku().equals(code)).findFirst());
    }
}
