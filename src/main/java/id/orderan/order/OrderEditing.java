package id.orderan.order;

import static id.orderan.order.OrderCreation.blankToNull;
import static id.orderan.order.OrderCreation.quantities;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.StockReason;
import id.orderan.customer.AreaService;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.CurrentUser;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * An order edit: compare field by field, refuse what the status forbids ({@link OrderEditPolicy}),
 * apply the rest with its stock difference, and write one timeline entry. Package-private:
 * {@link OrderService#update} is the transaction and security boundary that calls it.
 *
 * @see <a href="../../../../../../docs/decisions/0085-what-an-edit-may-change-per-status.md">0085</a>
 * @see <a href="../../../../../../docs/decisions/0086-edits-on-the-timeline.md">0086</a>
 */
@Component
class OrderEditing {

    private final SalesOrderRepository orders;
    private final CustomerService customers;
    private final ProductService products;
    private final AreaService areas;
    private final OrderCreation creation;
    private final OrderMoves moves;
    private final OrderTimeline timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    OrderEditing(SalesOrderRepository orders, CustomerService customers, ProductService products, AreaService areas,
            OrderCreation creation, OrderMoves moves, OrderTimeline timeline, CurrentUser currentUser, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.areas = areas;
        this.creation = creation;
        this.moves = moves;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    OrderEditResult update(String orderNumber, long expectedVersion, CreateOrderCommand command,
            ShippingDetails shipping) {
        SalesOrder order = moves.byNumber(orderNumber);
        if (order.getVersion() != expectedVersion) {
            throw new OrderChangedException(orderNumber, Objects.requireNonNullElse(order.getUpdatedBy(), "?"));
        }
        OrderEdit edit = requested(order, command, shipping);
        List<FieldChange> changes = edit.changesFrom(order);
        Set<OrderField> allowed = OrderEditPolicy.editable(order.getStatus());
        List<String> refused = changes.stream().map(FieldChange::field).filter(field -> !allowed.contains(field))
                .map(OrderField::labelKey).toList();
        if (!refused.isEmpty()) {
            throw new BusinessException(OrderEditPolicy.refusalKey(order.getStatus()), refused);
        }
        if (changes.isEmpty()) {
            return new OrderEditResult(order, List.of());
        }
        List<FieldChange> applied = apply(order, edit, command, changes);
        Instant now = clock.instant();
        order.touch(currentUser.actorName(), now);
        timeline.edited(order, now, applied);
        try {
            return new OrderEditResult(orders.saveAndFlush(order), applied);
        } catch (OptimisticLockingFailureException e) {
            throw new OrderChangedException(orderNumber, "?");
        }
    }

    /** The order as the edit would leave it, every value resolved the way it would be stored. */
    private OrderEdit requested(SalesOrder order, CreateOrderCommand command, ShippingDetails shipping) {
        String customerName = command.customerId() == order.getCustomerId() ? order.getCustomerName()
                : customers.get(command.customerId()).getName();
        // callers hold a MONEY role, so the rows carry their price
        Map<Long, ProductRow> productsById = creation.productsOf(command);
        Map<Long, OrderLine> ordered = new LinkedHashMap<>();
        order.getLines().stream().filter(l -> l.getProductId() != null).forEach(l -> ordered.putIfAbsent(l.getProductId(), l));
        List<OrderEdit.Line> lines = new ArrayList<>();
        for (CreateOrderCommand.Line line : command.lines()) {
            ProductRow product = productsById.get(line.productId());
            if (product == null) {
                throw new BusinessException("error.order.product-not-found", line.productId());
            }
            // a product already on the order keeps its snapshot (name, and price when none is given)
            OrderLine existing = ordered.get(product.id());
            long unitPrice = line.unitPrice() != null ? line.unitPrice()
                    : existing != null ? existing.getUnitPrice() : Objects.requireNonNull(product.price());
            lines.add(existing != null
                    ? new OrderEdit.Line(product.id(), existing.getSku(), existing.getProductName(), unitPrice, line.quantity())
                    : new OrderEdit.Line(product.id(), product.sku(), product.name(), unitPrice, line.quantity()));
        }
        Address address = shipping.address().trimmed().equals(order.getShippingAddress().trimmed())
                ? order.getShippingAddress() : areas.resolve(shipping.address());
        return new OrderEdit(command.customerId(), customerName, lines, command.discount(), command.shippingCost(),
                command.insurance(), command.otherFee(), command.uniqueCode(), command.cod(),
                blankToNull(command.courier()), blankToNull(command.courierService()), blankToNull(command.senderName()),
                editedPhone(command.senderPhone(), order.getSenderPhone()),
                shipping.recipientName().isBlank() ? order.getRecipientName() : shipping.recipientName().strip(),
                editedPhone(shipping.recipientPhone(), order.getRecipientPhone()), address, blankToNull(command.note()));
    }

    /** Applies an allowed edit; returns the changes with the new grand total when it moved. */
    private List<FieldChange> apply(SalesOrder order, OrderEdit edit, CreateOrderCommand command,
            List<FieldChange> changes) {
        List<FieldChange> applied = new ArrayList<>(changes);
        if (changes.stream().anyMatch(c -> c.field() == OrderField.CUSTOMER)) {
            moves.changeBuyer(order, customers.get(edit.customerId()));
        }
        if (OrderEdit.touchesMoney(changes)) {
            OrderCreation.validate(command);
            long totalBefore = order.getGrandTotal();
            if (OrderEdit.linesOrPricesChanged(changes)) {
                Map<Long, Integer> before = quantities(order);
                order.clearLines();
                orders.flush(); // orphan removal before the new lines, keeps line numbers unique
                edit.lines().forEach(l -> order.addLine(l.productId(), l.sku(), l.name(), l.unitPrice(), l.quantity()));
                moveStock(order.getOrderNumber(), before, quantities(order));
            }
            order.price(edit.discount(), edit.shippingCost(), edit.insurance(), edit.otherFee(), edit.uniqueCode());
            if (order.isShippingToConfirm() && changes.stream().anyMatch(c -> c.field() == OrderField.SHIPPING_COST)) {
                order.shippingConfirmed(); // staff set the ongkir the buyer's form left to the admin
            }
            if (order.getGrandTotal() < 0) {
                throw new BusinessException("error.order.negative-total");
            }
            if (order.getAmountPaid() >= order.getGrandTotal() && order.getGrandTotal() > 0) {
                throw new BusinessException("error.order.total-below-paid");
            }
            order.cashOnDelivery(edit.cod());
            if (order.getGrandTotal() != totalBefore) {
                applied.add(FieldChange.of(OrderField.TOTAL, Rupiah.format(totalBefore),
                        Rupiah.format(order.getGrandTotal())));
            }
        }
        order.setNote(edit.note());
        order.shipVia(edit.courier(), edit.courierService());
        order.sendAs(edit.senderName(), edit.senderPhone());
        order.shipTo(edit.recipientName(), edit.recipientPhone(), edit.address());
        return applied;
    }

    /** A phone as typed in the form: the stored one when it still reads the same, else a valid new one. */
    private static @Nullable String editedPhone(@Nullable String typed, @Nullable String stored) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String input = typed.strip();
        if (stored != null && (input.equals(stored) || input.equals(PhoneNumber.display(stored)))) {
            return stored;
        }
        return PhoneNumber.normalize(input)
                .orElseThrow(() -> new BusinessException("error.customer.phone-invalid", input));
    }

    /** Only the difference per product moves, so the stock history shows what the edit changed. */
    private void moveStock(String orderNumber, Map<Long, Integer> before, Map<Long, Integer> after) {
        Map<Long, Integer> more = new LinkedHashMap<>();
        Map<Long, Integer> less = new LinkedHashMap<>();
        Set<Long> productIds = new LinkedHashSet<>(before.keySet());
        productIds.addAll(after.keySet());
        for (Long productId : productIds) {
            int delta = after.getOrDefault(productId, 0) - before.getOrDefault(productId, 0);
            if (delta > 0) {
                more.put(productId, delta);
            } else if (delta < 0) {
                less.put(productId, -delta);
            }
        }
        products.release(orderNumber, less, StockReason.ORDER);
        products.reserve(orderNumber, more);
    }
}
