package id.orderan.order;

import id.orderan.base.SecretTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's read of their own order. No {@code @PreAuthorize}: the buyer is anonymous and the token
 * (128 random bits) is the credential; a malformed token is answered without a query, and an unknown
 * one exactly like a malformed one. Read-only: opening the page never changes anything.
 *
 * @see <a href="../../../../../../docs/decisions/0130-buyer-tokens-and-the-storefront.md">0130 buyer tokens</a>
 */
@Service
@Transactional(readOnly = true)
public class BuyerOrders {

    private final SalesOrderRepository orders;
    private final StatusChangeRepository changes;
    private final ObjectProvider<BuyerShipmentSource> shipments;
    private final CourierDirectory couriers;

    BuyerOrders(SalesOrderRepository orders, StatusChangeRepository changes,
            ObjectProvider<BuyerShipmentSource> shipments, CourierDirectory couriers) {
        this.couriers = couriers;
        this.orders = orders;
        this.changes = changes;
        this.shipments = shipments;
    }

    public Optional<BuyerOrder> forBuyer(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return orders.findByBuyerToken(token).map(this::toBuyer);
    }

    /** The order's id for the buyer's own actions (decision 0131); never shown to the buyer. */
    public Optional<Long> orderIdOf(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return orders.findByBuyerToken(token).map(o -> Objects.requireNonNull(o.getId()));
    }

    private BuyerOrder toBuyer(SalesOrder order) {
        // oldest first, so "first move to" is the first match
        long id = Objects.requireNonNull(order.getId());
        List<StatusChange> moves = new ArrayList<>(changes.findByOrderIdOrderByChangedAtDescIdDesc(id));
        Collections.reverse(moves);
        BuyerShipment shipment = shipments.stream().map(s -> s.latest(id)).flatMap(Optional::stream)
                .findFirst().orElse(null);
        List<BuyerOrder.Line> lines = order.getLines().stream()
                .map(l -> new BuyerOrder.Line(l.getProductName(), l.getQuantity(), l.getUnitPrice(), l.lineTotal()))
                .toList();
        Instant closedAt = switch (order.getStatus()) {
            case SUKSES, CANCEL, RETUR -> lastMoveTo(moves, order.getStatus());
            default -> null;
        };
        return new BuyerOrder(order.getOrderNumber(), order.getStatus(), order.getCreatedAt(),
                firstMoveTo(moves, OrderStatus.KONFIRMASI), firstMoveTo(moves, OrderStatus.SEDANG_DIPROSES),
                firstMoveTo(moves, OrderStatus.PROSES_PENGIRIMAN), closedAt, lines, order.getSubtotal(),
                order.getDiscount(), order.getShippingCost(), order.getInsurance(), order.getOtherFee(),
                order.getUniqueCode(), order.getGrandTotal(), order.getAmountPaid(), Math.max(0, order.remaining()),
                order.isCod(), order.getCourier() == null ? null : couriers.courier(order.getCourier()).label(),
                order.getCourierService(), order.getRecipientName(),
                order.getShippingAddress().singleLine(), shipment);
    }

    private static @Nullable Instant firstMoveTo(List<StatusChange> moves, OrderStatus status) {
        return moves.stream().filter(m -> m.getToStatus() == status && m.getFromStatus() != status)
                .map(StatusChange::getChangedAt).findFirst().orElse(null);
    }

    private static @Nullable Instant lastMoveTo(List<StatusChange> moves, OrderStatus status) {
        return moves.stream().filter(m -> m.getToStatus() == status).map(StatusChange::getChangedAt)
                .reduce((a, b) -> b).orElse(null);
    }
}
