package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.security.Permissions;
import id.orderan.shipping.ShippingService;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diterima in bulk at the station: parcels are scanned (resi or order number) into a batch, checked one
 * by one, then marked delivered together through {@link ShippingService#markDelivered} (→ Sukses; a
 * COD parcel records what the courier collected), exactly as List Order's bulk action. The people who
 * ship mark deliveries: ADMIN and GUDANG (decision 0181).
 *
 * @see <a href="../../../../../../docs/decisions/0181-who-uses-the-handover-and-bulk-delivered.md">0181 roles</a>
 */
@Service
public class DeliveredService {

    public static final int MAX_BATCH = 500;

    private final HandoverLookup lookup;
    private final OrderQueryService orders;
    private final CourierService couriers;
    private final ShippingService shipping;

    DeliveredService(HandoverLookup lookup, OrderQueryService orders, CourierService couriers,
            ShippingService shipping) {
        this.lookup = lookup;
        this.orders = orders;
        this.couriers = couriers;
        this.shipping = shipping;
    }

    /** A scanned code checked for the batch: refused clearly when unknown or not in Proses Pengiriman. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SHIPS)
    public DeliveredParcel check(String code) {
        List<HandoverLookup.Found> found = lookup.find(code);
        if (found.isEmpty()) {
            throw new BusinessException("error.handover.unknown", code.trim());
        }
        if (found.size() > 1) {
            throw new BusinessException("error.handover.ambiguous-resi", code.trim());
        }
        HandoverLookup.Found order = found.getFirst();
        if (order.status() != OrderStatus.PROSES_PENGIRIMAN) {
            throw new BusinessException("error.delivered.wrong-status", order.orderNumber(), order.status().labelKey());
        }
        // the role-shaped sheet: the warehouse reads the COD amount and nothing else of money
        OrderSheet sheet = orders.sheet(order.orderNumber());
        return new DeliveredParcel(order.orderNumber(), order.resi(), order.courier() == null ? null
                : couriers.find(order.courier()).map(Courier::label).orElse(order.courier()), sheet.codToCollect());
    }

    /** The whole batch, all or none (the shipping rule): an order moved meanwhile refuses it, naming it. */
    @Transactional
    @PreAuthorize(Permissions.SHIPS)
    public int apply(List<String> orderNumbers) {
        List<String> distinct = orderNumbers.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_BATCH) {
            throw new BusinessException("error.delivered.batch-size", MAX_BATCH);
        }
        shipping.markDelivered(distinct);
        return distinct.size();
    }
}
