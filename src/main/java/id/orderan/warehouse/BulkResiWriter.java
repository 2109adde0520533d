package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.shipping.Shipment;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row of bulk resi, in its own transaction: a refused row rolls back alone and the rows before it
 * stand. The order is read again first, inside the row's transaction, so an order that was cancelled or
 * got its resi at the packing table since the list was checked is not touched (the shipping service
 * would take a new resi on a shipped order as a correction).
 */
@Component
class BulkResiWriter {

    enum Outcome { APPLIED, ALREADY_DONE }

    private final OrderQueryService orders;
    private final ShippingService shipping;

    BulkResiWriter(OrderQueryService orders, ShippingService shipping) {
        this.orders = orders;
        this.shipping = shipping;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome apply(BulkResiRow row) {
        OrderSheet order = orders.sheet(row.orderNumber());
        if (order.status() == OrderStatus.PROSES_PENGIRIMAN) {
            Shipment latest = shipping.latestShipments(List.of(order.id())).get(order.id());
            if (latest != null && row.resi().equals(latest.getResi())) {
                return Outcome.ALREADY_DONE;
            }
            throw new BusinessException("warehouse.bulk-resi.reason.shipped-other",
                    latest == null || latest.getResi() == null ? "" : latest.getResi());
        }
        if (order.status() != OrderStatus.SEDANG_DIPROSES) {
            throw new BusinessException(BulkResiStatus.WRONG_STATUS.reasonKey(), order.status().labelKey());
        }
        shipping.enterResi(new ResiCommand(row.orderNumber(), Objects.requireNonNull(row.courier()), row.service(),
                row.resi(), false));
        return Outcome.APPLIED;
    }
}
