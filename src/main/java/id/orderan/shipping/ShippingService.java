package id.orderan.shipping;

import id.orderan.base.BusinessException;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parcels: the resi (tracking number) that sends an order on its way, corrections, and delivery. */
@Service
public class ShippingService {

    static final int MIN_RESI = 8;
    static final int MAX_RESI = 30;

    private final ShipmentRepository shipments;
    private final OrderService orders;
    private final OrderQueryService orderQueries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CourierService couriers;

    ShippingService(ShipmentRepository shipments, OrderService orders, OrderQueryService orderQueries,
            CurrentUser currentUser, Clock clock, CourierService couriers) {
        this.couriers = couriers;
        this.shipments = shipments;
        this.orders = orders;
        this.orderQueries = orderQueries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Trimmed, upper case, spaces and dashes dropped: what couriers print and their sites accept. */
    public static String normalizeResi(String raw) {
        return raw.trim().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Refuses a normalised resi that no courier prints: only letters and digits, {@value #MIN_RESI}–
     * {@value #MAX_RESI} of them (what {@link #enterResi} enforces; bulk resi checks a whole list with it).
     */
    public static void checkResi(String normalized) {
        if (!normalized.matches("[A-Z0-9]+")) {
            throw new BusinessException("error.resi.characters");
        }
        if (normalized.length() < MIN_RESI || normalized.length() > MAX_RESI) {
            throw new BusinessException("error.resi.length", MIN_RESI, MAX_RESI);
        }
    }

    /**
     * Enters the resi of a paid order (→ Proses Pengiriman) or corrects the resi of a shipped one;
     * a correction is written to the order's timeline. Another order with the same resi needs
     * {@link ResiCommand#duplicateConfirmed()}.
     */
    @Transactional
    @PreAuthorize(Permissions.SHIPS)
    public Shipment enterResi(ResiCommand command) {
        String resi = normalizeResi(command.resi());
        checkResi(resi);
        if (couriers.find(command.courier().code()).isEmpty()) {
            throw new BusinessException("error.courier.unknown", command.courier().code());
        }
        String service = command.service().trim();
        OrderSheet order = orderQueries.sheet(command.orderNumber());
        List<Shipment> sameResi = shipments.findByResiAndOrderIdNot(resi, order.id());
        if (!sameResi.isEmpty() && !command.duplicateConfirmed()) {
            throw new DuplicateResiException(resi, sameResi.size());
        }
        Optional<Shipment> existing = shipments.findFirstByOrderIdOrderByIdDesc(order.id());
        if (order.status() == OrderStatus.PROSES_PENGIRIMAN && existing.isPresent()) {
            Shipment shipment = existing.get();
            String before = shipment.getCourier().label() + " " + shipment.getResi();
            shipment.correct(command.courier(), service, resi);
            orders.note(order.id(), "Resi: " + before + " → " + command.courier().label() + " " + resi);
            return shipment;
        }
        var shipment = new Shipment(order.id(), command.courier(), currentUser.actorName(), clock.instant());
        shipment.ship(service, resi, clock.instant());
        orders.shipped(order.id(), command.courier().label() + " " + service + " " + resi);
        return shipments.save(shipment);
    }

    /** The parcels arrived (one or many orders at once; all or none). */
    @Transactional
    @PreAuthorize(Permissions.SHIPS)
    public void markDelivered(List<String> orderNumbers) {
        for (SalesOrder order : orders.delivered(orderNumbers)) {
            shipments.findFirstByOrderIdOrderByIdDesc(order.getId()).ifPresent(s -> s.delivered(clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Shipment> shipments(long orderId) {
        return shipments.findByOrderId(orderId);
    }

    /** The latest shipment of each order, in one query (labels print many at once). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Map<Long, Shipment> latestShipments(Collection<Long> orderIds) {
        Map<Long, Shipment> latest = new HashMap<>();
        for (Shipment shipment : shipments.findByOrderIdIn(orderIds)) {
            latest.merge(shipment.getOrderId(), shipment, (a, b) -> a.getId() > b.getId() ? a : b);
        }
        return latest;
    }

    /**
     * Which orders carry each of these resi (already normalised), in one query per 1,000 resi over
     * {@code ix_shipment_resi}: a bulk check of a pasted list for resi already on other orders.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SIGNED_IN)
    public Map<String, java.util.Set<Long>> ordersByResi(Collection<String> resis) {
        List<String> distinct = resis.stream().distinct().toList();
        Map<String, java.util.Set<Long>> orders = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += 1_000) {
            for (Shipment shipment : shipments.findByResiIn(distinct.subList(from, Math.min(distinct.size(), from + 1_000)))) {
                orders.computeIfAbsent(shipment.getResi(), resi -> new java.util.HashSet<>()).add(shipment.getOrderId());
            }
        }
        return orders;
    }

    // ---- couriers (the list is order's CourierService, decision 0160) --------------------------

    /** The couriers the resi dialog offers: the active ones plus the order's own if it was deactivated. */
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<Courier> courierChoices(@Nullable String current) {
        return couriers.choices(current);
    }

    /** The courier's services (REG, YES, …), suggested when a resi is entered. */
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<String> courierServices(Courier courier) {
        return couriers.services(courier);
    }
}
