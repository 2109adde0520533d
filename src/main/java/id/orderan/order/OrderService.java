package id.orderan.order;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.StockReason;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.AppRoles;
import id.orderan.security.CurrentUser;
import id.orderan.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating, editing and moving orders: the transaction, security and audit boundary of the order
 * feature. Every status change goes through {@link #move}, which checks {@link OrderTransitions}
 * against the caller's role, writes the audit row, keeps the counters and publishes the event.
 * Payments and shipments (their own features) call the public moves below inside their transaction.
 */
@Service
public class OrderService {

    static final int MAX_LINES = 100;
    /** As many orders as one PDF may hold (the document feature's bulk limit). */
    static final int MAX_PRINTED = 500;
    private static final String MONEY = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')";
    private static final String WAREHOUSE = "hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.GUDANG + "')";
    /** Timeline note and retur reason of the COD path: data written in the seller's language. */
    static final String PROCESS_COD = "Proses COD";
    static final String COD_REFUSED = "COD ditolak";

    private final SalesOrderRepository orders;
    private final StatusChangeRepository statusChanges;
    private final StatusCounters counters;
    private final OrderNumberGenerator numbers;
    private final CustomerService customers;
    private final ProductService products;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OrderService(SalesOrderRepository orders, StatusChangeRepository statusChanges, StatusCounters counters,
            OrderNumberGenerator numbers, CustomerService customers, ProductService products, AreaService areas,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.counters = counters;
        this.numbers = numbers;
        this.customers = customers;
        this.products = products;
        this.areas = areas;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // ---- create and edit -----------------------------------------------------------------------

    /**
     * Not one big transaction on purpose: the order number is drawn first in its own short
     * transaction, so a request never holds two pooled connections at once (a busy shop would
     * otherwise exhaust the pool), then the order is saved, and its stock taken, in a second one.
     */
    @PreAuthorize(MONEY)
    public SalesOrder create(CreateOrderCommand command) {
        validate(command);
        String number = numbers.next();
        return Objects.requireNonNull(transaction.execute(status -> create(command, number, null)));
    }

    /**
     * A new order shipped somewhere else than the buyer's own address (a gift, a dropshipper's
     * buyer). A blank recipient name means the buyer; a picked village must be a real one.
     */
    @PreAuthorize(MONEY)
    public SalesOrder create(CreateOrderCommand command, ShippingDetails shipTo) {
        validate(command);
        ShippingDetails checked = new ShippingDetails(shipTo.recipientName().strip(),
                PhoneNumber.normalize(shipTo.recipientPhone()).orElse(null), areas.resolve(shipTo.address()));
        String number = numbers.next();
        return Objects.requireNonNull(transaction.execute(status -> create(command, number, checked)));
    }

    private SalesOrder create(CreateOrderCommand command, String number, @Nullable ShippingDetails shipTo) {
        Customer customer = customers.get(command.customerId());
        Instant now = clock.instant();
        var order = new SalesOrder(number, command.source(), customer, now);
        if (shipTo != null) {
            order.shipTo(shipTo.recipientName().isEmpty() ? customer.getName() : shipTo.recipientName(),
                    shipTo.recipientPhone() == null ? customer.getPhone() : shipTo.recipientPhone(), shipTo.address());
        }
        fill(order, command);
        // stock first: its row lock comes before the shared locks the order lines' foreign keys take
        products.reserve(number, quantities(order));
        SalesOrder saved = orders.save(order);

        String actor = actor();
        saved.touch(actor, now);
        statusChanges.save(new StatusChange(saved.getId(), null, saved.getStatus(), actor, now, null));
        counters.increment(saved.getStatus());
        events.publishEvent(new OrderCreated(saved.getId(), saved.getOrderNumber(), saved.getStatus()));
        return saved;
    }

    /**
     * Edits an order the caller loaded at {@code expectedVersion}. The command is compared with the
     * order field by field: when a changed field may not change in the order's status
     * ({@link OrderEditPolicy}) the edit is refused naming those fields and nothing changes;
     * otherwise every change is applied and one timeline entry lists each, before → after. Saved
     * unchanged: nothing is written and the result says so. A save on a stale version changes
     * nothing and names who changed it.
     *
     * @see <a href="../../../../../../docs/decisions/0085-what-an-edit-may-change-per-status.md">0085</a>
     */
    @Transactional
    @PreAuthorize(MONEY)
    public OrderEditResult update(String orderNumber, long expectedVersion, CreateOrderCommand command,
            ShippingDetails shipping) {
        SalesOrder order = byNumber(orderNumber);
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
        String actor = actor();
        order.touch(actor, now);
        statusChanges.save(StatusChange.edit(order.getId(), order.getStatus(), actor, now, applied));
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
        Map<Long, ProductRow> productsById = products.findAllById(
                        command.lines().stream().map(CreateOrderCommand.Line::productId).distinct().toList())
                .stream().collect(Collectors.toMap(ProductRow::id, Function.identity()));
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
            order.buyer(customers.get(edit.customerId()));
        }
        if (OrderEdit.touchesMoney(changes)) {
            validate(command);
            long totalBefore = order.getGrandTotal();
            if (OrderEdit.linesOrPricesChanged(changes)) {
                Map<Long, Integer> before = quantities(order);
                order.clearLines();
                orders.flush(); // orphan removal before the new lines, keeps line numbers unique
                edit.lines().forEach(l -> order.addLine(l.productId(), l.sku(), l.name(), l.unitPrice(), l.quantity()));
                moveStockForEdit(order.getOrderNumber(), before, quantities(order));
            }
            order.price(edit.discount(), edit.shippingCost(), edit.insurance(), edit.otherFee(), edit.uniqueCode());
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

    // ---- status moves used by payment and shipping ---------------------------------------------

    /**
     * Money arrived. A down payment (manual orders only) must be below what is left; any other
     * payment must cover the rest, and moves the order to Sedang Diproses.
     */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder applyPayment(long orderId, long amount, boolean downPayment, @Nullable String note) {
        SalesOrder order = byId(orderId);
        if (amount <= 0) {
            throw new BusinessException("error.payment.amount-invalid");
        }
        long remaining = order.remaining();
        if (downPayment) {
            if (order.getSource() != OrderSource.MANUAL) {
                throw new BusinessException("error.payment.dp-manual-only", order.getOrderNumber());
            }
            if (amount >= remaining) {
                throw new BusinessException("error.payment.dp-too-large", remaining);
            }
            if (order.getStatus() == OrderStatus.DOWN_PAYMENT) { // a further instalment: money, no move
                order.addPayment(amount);
                order.touch(actor(), clock.instant());
                note(orderId, note == null ? "DP" : note);
                return order;
            }
            requireMove(order, OrderStatus.DOWN_PAYMENT);
            order.addPayment(amount);
            return move(order, OrderStatus.DOWN_PAYMENT, note);
        }
        if (amount < remaining) {
            throw new BusinessException("error.payment.not-enough", remaining, amount);
        }
        requireMove(order, OrderStatus.SEDANG_DIPROSES);
        order.addPayment(amount);
        return move(order, OrderStatus.SEDANG_DIPROSES, note);
    }

    /**
     * The order, locked for the rest of the caller's transaction, for a payment decision that must
     * see it as the last move left it (is it still in Konfirmasi?). The order's lock is taken before
     * the payment feature's own rows, in the same order as every move, so the two cannot deadlock.
     */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder lockForPayment(long orderId) {
        return byId(orderId);
    }

    /** The buyer says they transferred: wait for staff to check the bank. */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder awaitConfirmation(long orderId) {
        return move(byId(orderId), OrderStatus.KONFIRMASI, null);
    }

    /** A confirmation was rejected: back to unpaid (or to Down Payment when a DP is on record). */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder confirmationRejected(long orderId, String reason) {
        SalesOrder order = byId(orderId);
        OrderStatus back = order.getAmountPaid() > 0 ? OrderStatus.DOWN_PAYMENT : OrderStatus.BELUM_BAYAR;
        return move(order, back, reason);
    }

    @Transactional
    @PreAuthorize(WAREHOUSE)
    public SalesOrder shipped(long orderId, String note) {
        return move(byId(orderId), OrderStatus.PROSES_PENGIRIMAN, note);
    }

    /** A line in the timeline without a status change (e.g. a corrected resi). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void note(long orderId, String note) {
        SalesOrder order = byId(orderId);
        statusChanges.save(new StatusChange(orderId, order.getStatus(), order.getStatus(), actor(), clock.instant(),
                note));
    }

    /**
     * Staff printed labels (Aksi › Cetak Label, bulk Cetak Label): the timeline says so and the
     * orders leave "Belum dicetak". Called by the print action, never by the PDF's GET, in its own
     * short transaction.
     *
     * @see <a href="../../../../../../docs/decisions/0076-printing-is-recorded-by-the-staff-action.md">0076</a>
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "','" + AppRoles.GUDANG + "')")
    public void labelsPrinted(List<String> orderNumbers) {
        printed(orderNumbers, "Label dicetak");
    }

    /** Staff printed invoices (with their labels when {@code withLabels}): as {@link #labelsPrinted}. */
    @Transactional
    @PreAuthorize(MONEY)
    public void invoicesPrinted(List<String> orderNumbers, boolean withLabels) {
        printed(orderNumbers, withLabels ? "Invoice + label dicetak" : "Invoice dicetak");
    }

    private void printed(List<String> orderNumbers, String what) {
        List<String> distinct = orderNumbers.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_PRINTED) {
            throw new BusinessException("error.document.bulk-size", MAX_PRINTED);
        }
        List<Object[]> found = orders.idsAndStatuses(distinct);
        if (found.size() != distinct.size()) {
            throw new BusinessException("error.order.not-found", String.join(", ", distinct));
        }
        // a flag and a timeline line, no status change: one UPDATE for all, no row locks needed
        Instant now = clock.instant();
        String actor = actor();
        orders.markPrinted(distinct, now);
        statusChanges.saveAll(found.stream()
                .map(row -> new StatusChange((Long) row[0], (OrderStatus) row[1], (OrderStatus) row[1], actor, now, what))
                .toList());
    }

    /**
     * The parcels arrived. A COD order's courier collected what was left to pay: it is added to the
     * order and {@link CodCollected} lets the payment feature record the payment, in this transaction.
     *
     * @see <a href="../../../../../../docs/decisions/0072-cash-on-delivery-path.md">0072 cash on delivery</a>
     */
    @Transactional
    @PreAuthorize(WAREHOUSE)
    public List<SalesOrder> delivered(List<String> orderNumbers) {
        List<SalesOrder> result = new ArrayList<>();
        for (String number : lockOrder(orderNumbers)) {
            SalesOrder order = byNumber(number);
            long collected = order.isCod() ? order.remaining() : 0;
            if (collected == 0) {
                result.add(move(order, OrderStatus.SUKSES, null));
                continue;
            }
            requireMove(order, OrderStatus.SUKSES);
            order.addPayment(collected);
            result.add(move(order, OrderStatus.SUKSES, "COD " + Rupiah.format(collected)));
            events.publishEvent(new CodCollected(order.getId(), number, collected, actor(), clock.instant()));
        }
        return result;
    }

    /**
     * "Proses COD": a COD order goes to packing unpaid; the courier collects on delivery.
     *
     * @see <a href="../../../../../../docs/decisions/0072-cash-on-delivery-path.md">0072 cash on delivery</a>
     */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder processCod(String orderNumber) {
        SalesOrder order = byNumber(orderNumber);
        if (!order.isCod()) {
            throw new BusinessException("error.order.not-cod", orderNumber);
        }
        if (!OrderTransitions.processesCod(order.getStatus(), order.isCod())) {
            throw new BusinessException("error.order.move-not-allowed", orderNumber, order.getStatus().labelKey(),
                    OrderStatus.SEDANG_DIPROSES.labelKey());
        }
        return move(order, OrderStatus.SEDANG_DIPROSES, PROCESS_COD);
    }

    /** "COD ditolak": the buyer refused the parcel; it comes back unopened, so its stock goes back. */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder codRefused(String orderNumber) {
        SalesOrder order = byNumber(orderNumber);
        if (!order.isCod()) {
            throw new BusinessException("error.order.not-cod", orderNumber);
        }
        if (!OrderTransitions.refusesCod(order.getStatus(), order.isCod())) {
            throw new BusinessException("error.order.move-not-allowed", orderNumber, order.getStatus().labelKey(),
                    OrderStatus.RETUR.labelKey());
        }
        move(order, OrderStatus.RETUR, COD_REFUSED);
        products.release(orderNumber, quantities(order), StockReason.RETUR);
        return order;
    }

    /** Cancels before shipping; the reserved stock goes back. All or none of the orders. */
    @Transactional
    @PreAuthorize(MONEY)
    public List<SalesOrder> cancel(List<String> orderNumbers, String reason) {
        String why = requireReason(reason);
        List<SalesOrder> result = new ArrayList<>();
        for (String number : lockOrder(orderNumbers)) {
            SalesOrder order = move(byNumber(number), OrderStatus.CANCEL, why);
            products.release(number, quantities(order), StockReason.CANCEL);
            result.add(order);
        }
        return result;
    }

    /** A parcel came back; {@code restock} when the goods go back on the shelf. All or none. */
    @Transactional
    @PreAuthorize(MONEY)
    public List<SalesOrder> retur(List<String> orderNumbers, String reason, boolean restock) {
        String why = requireReason(reason);
        List<SalesOrder> result = new ArrayList<>();
        for (String number : lockOrder(orderNumbers)) {
            SalesOrder order = move(byNumber(number), OrderStatus.RETUR, why);
            if (restock) {
                products.release(number, quantities(order), StockReason.RETUR);
            }
            result.add(order);
        }
        return result;
    }

    /**
     * Rebuilds the per-status counters from the orders themselves: after a bulk import or a hand
     * edit of the database. The application keeps them right on its own otherwise.
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public void recountStatusCounters() {
        counters.recount();
    }

    // ---- reads ---------------------------------------------------------------------------------

    /**
     * The order's audit trail. The warehouse gets it without the notes of payment steps (payment
     * notes, DP instalments, rejection reasons of a confirmation): they talk about money; and edits
     * without their amounts.
     *
     * @see <a href="../../../../../../docs/decisions/0071-warehouse-reads-without-money.md">0071 warehouse reads without money</a>
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StatusChange> history(long orderId) {
        List<StatusChange> changes = statusChanges.findByOrderIdOrderByChangedAtDescIdDesc(orderId);
        if (currentUser.hasAnyRole(Role.ADMIN, Role.CS)) {
            return changes;
        }
        // edits: that an amount changed, not from what to what (decision 0086)
        return changes.stream().map(change -> change.withoutMoney(isPaymentStep(change) && change.getNote() != null))
                .toList();
    }

    /** A change made while the order was unpaid and that stays on the way to being paid. */
    private static boolean isPaymentStep(StatusChange change) {
        return !PROCESS_COD.equals(change.getNote()) // "Proses COD" says nothing about money
                && change.getFromStatus() != null && OrderTransitions.fullyEditable(change.getFromStatus())
                && (OrderTransitions.fullyEditable(change.getToStatus())
                        || change.getToStatus() == OrderStatus.SEDANG_DIPROSES);
    }

    /** The roles that may make each move from this status, for views that hide what cannot be done. */
    public Set<OrderStatus> movesFor(OrderStatus from) {
        Set<OrderStatus> allowed = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus to : OrderTransitions.targets(from)) {
            if (OrderTransitions.rolesFor(from, to).stream().anyMatch(currentUser::hasRole)) {
                allowed.add(to);
            }
        }
        return allowed;
    }

    // ---- the one place a status changes ----------------------------------------------------------

    private SalesOrder move(SalesOrder order, OrderStatus target, @Nullable String note) {
        requireMove(order, target);
        OrderStatus from = order.getStatus();
        Instant now = clock.instant();
        String actor = actor();
        order.moveTo(target, note);
        order.touch(actor, now);
        statusChanges.save(new StatusChange(order.getId(), from, target, actor, now, note));
        counters.move(from, target);
        events.publishEvent(new OrderStatusChanged(order.getId(), order.getOrderNumber(), from, target, actor));
        return order;
    }

    private void requireMove(SalesOrder order, OrderStatus target) {
        OrderStatus from = order.getStatus();
        if (!OrderTransitions.exists(from, target)) {
            throw new BusinessException("error.order.move-not-allowed", order.getOrderNumber(), from.labelKey(),
                    target.labelKey());
        }
        Set<Role> roles = OrderTransitions.rolesFor(from, target);
        if (roles.stream().noneMatch(currentUser::hasRole)) {
            throw new AccessDeniedException("Role may not move " + from + " to " + target);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void fill(SalesOrder order, CreateOrderCommand command) {
        // callers hold a MONEY role (create, update), so the rows carry their price
        Map<Long, ProductRow> productsById = products.findAllById(
                        command.lines().stream().map(CreateOrderCommand.Line::productId).distinct().toList())
                .stream().collect(Collectors.toMap(ProductRow::id, Function.identity()));
        for (CreateOrderCommand.Line line : command.lines()) {
            ProductRow product = productsById.get(line.productId());
            if (product == null) {
                throw new BusinessException("error.order.product-not-found", line.productId());
            }
            long unitPrice = line.unitPrice() != null ? line.unitPrice() : Objects.requireNonNull(product.price());
            order.addLine(product.id(), product.sku(), product.name(), unitPrice, line.quantity());
        }
        order.price(command.discount(), command.shippingCost(), command.insurance(), command.otherFee(),
                command.uniqueCode());
        if (order.getGrandTotal() < 0) {
            throw new BusinessException("error.order.negative-total");
        }
        order.setNote(blankToNull(command.note()));
        order.shipVia(blankToNull(command.courier()), blankToNull(command.courierService()));
        order.cashOnDelivery(command.cod());
        order.sendAs(blankToNull(command.senderName()),
                command.senderPhone() == null ? null : PhoneNumber.normalize(command.senderPhone()).orElse(null));
    }

    /** Only the difference per product moves, so the stock history shows what the edit changed. */
    private void moveStockForEdit(String orderNumber, Map<Long, Integer> before, Map<Long, Integer> after) {
        Map<Long, Integer> more = new LinkedHashMap<>();
        Map<Long, Integer> less = new LinkedHashMap<>();
        Set<Long> productIds = new java.util.LinkedHashSet<>(before.keySet());
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

    private static Map<Long, Integer> quantities(SalesOrder order) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (OrderLine line : order.getLines()) {
            if (line.getProductId() != null) {
                quantities.merge(line.getProductId(), line.getQuantity(), Integer::sum);
            }
        }
        return quantities;
    }

    /** Loaded for a change: locked (see {@link SalesOrderRepository#lockById}). */
    private SalesOrder byNumber(String orderNumber) {
        return orders.lockByOrderNumber(orderNumber)
                .orElseThrow(() -> new BusinessException("error.order.not-found", orderNumber));
    }

    private SalesOrder byId(long orderId) {
        return orders.lockById(orderId)
                .orElseThrow(() -> new BusinessException("error.order.not-found", String.valueOf(orderId)));
    }

    /** Bulk changes lock their orders in one fixed order, so two overlapping bulk actions cannot deadlock. */
    private static List<String> lockOrder(List<String> orderNumbers) {
        return orderNumbers.stream().distinct().sorted().toList();
    }

    private String actor() {
        return currentUser.username().orElse("system");
    }

    private static String requireReason(String reason) {
        if (reason.isBlank()) {
            throw new BusinessException("error.order.reason-required");
        }
        return reason.trim().length() > 500 ? reason.trim().substring(0, 500) : reason.trim();
    }

    private static void validate(CreateOrderCommand command) {
        if (command.lines().isEmpty()) {
            throw new BusinessException("error.order.no-lines");
        }
        if (command.lines().size() > MAX_LINES) {
            throw new BusinessException("error.order.too-many-lines", MAX_LINES);
        }
        for (CreateOrderCommand.Line line : command.lines()) {
            if (line.quantity() <= 0) {
                throw new BusinessException("error.order.quantity-invalid");
            }
            if (line.unitPrice() != null && line.unitPrice() < 0) {
                throw new BusinessException("error.order.price-invalid");
            }
        }
        if (command.discount() < 0 || command.shippingCost() < 0 || command.insurance() < 0
                || command.otherFee() < 0) {
            throw new BusinessException("error.order.amount-negative");
        }
        if (command.uniqueCode() < 0 || command.uniqueCode() > 999) {
            throw new BusinessException("error.order.unique-code-invalid");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
