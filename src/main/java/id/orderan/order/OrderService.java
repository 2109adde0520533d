package id.orderan.order;

import static id.orderan.order.OrderCreation.quantities;

import id.orderan.base.BusinessException;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.StockReason;
import id.orderan.customer.AreaService;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.Permissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating, editing and moving orders: the transaction, security and audit boundary of the order
 * feature. Every status change goes through {@link OrderMoves#move}, which checks
 * {@link OrderTransitions} against the caller's role, writes the audit row, keeps the counters and
 * publishes the event. Payments and shipments (their own features) call the public moves below inside
 * their transaction. The work sits in package-private collaborators ({@link OrderCreation},
 * {@link OrderEditing}, {@link OrderMoves}, {@link OrderPayments}, {@link OrderTimeline}); this class
 * keeps the transactions, the role checks and the simple moves.
 *
 * @see <a href="../../../../../../docs/decisions/0121-small-classes-and-service-collaborators.md">0121 one public service, package-private collaborators</a>
 */
@Service
public class OrderService {

    private static final String MONEY = Permissions.SEES_MONEY;
    private static final String WAREHOUSE = Permissions.SHIPS;
    /** Timeline note and retur reason of the COD path: data written in the seller's language. */
    static final String PROCESS_COD = "Proses COD";
    static final String COD_REFUSED = "COD ditolak";

    private final OrderNumberGenerator numbers;
    private final OrderCreation creation;
    private final OrderPlacement placement;
    private final OrderEditing editing;
    private final OrderMoves moves;
    private final OrderTimeline timeline;
    private final OrderPayments payments;
    private final ProductService products;
    private final AreaService areas;
    private final TransactionTemplate transaction;
    private final BuyerLinkReissue buyerLinks;

    OrderService(OrderNumberGenerator numbers, OrderCreation creation, OrderPlacement placement, OrderEditing editing, OrderMoves moves,
            OrderTimeline timeline, OrderPayments payments, ProductService products, AreaService areas,
            PlatformTransactionManager transactionManager, BuyerLinkReissue buyerLinks) {
        this.buyerLinks = buyerLinks;
        this.numbers = numbers;
        this.creation = creation;
        this.placement = placement;
        this.editing = editing;
        this.moves = moves;
        this.timeline = timeline;
        this.payments = payments;
        this.products = products;
        this.areas = areas;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // ---- create and edit -----------------------------------------------------------------------

    /**
     * Not one big transaction on purpose: the order number is drawn first in its own short
     * transaction, so a request never holds two pooled connections at once (a busy shop would
     * otherwise exhaust the pool), then the order is saved, and its stock taken, in a second one.
     *
     * @see <a href="../../../../../../docs/decisions/0117-creating-an-order-in-two-transactions.md">0117 two transactions</a>
     */
    @PreAuthorize(MONEY)
    public SalesOrder create(CreateOrderCommand command) {
        OrderCreation.validate(command);
        String number = numbers.next();
        return Objects.requireNonNull(transaction.execute(status -> creation.create(command, number, null)));
    }

    /**
     * A new order shipped somewhere else than the buyer's own address (a gift, a dropshipper's
     * buyer). A blank recipient name means the buyer; a picked village must be a real one.
     */
    @PreAuthorize(MONEY)
    public SalesOrder create(CreateOrderCommand command, ShippingDetails shipTo) {
        OrderCreation.validate(command);
        ShippingDetails checked = new ShippingDetails(shipTo.recipientName().strip(),
                PhoneNumber.normalize(shipTo.recipientPhone()).orElse(null), areas.resolve(shipTo.address()));
        String number = numbers.next();
        return Objects.requireNonNull(transaction.execute(status -> creation.create(command, number, checked)));
    }

    /**
     * An order the buyer places on a storefront page (order form, private link), at the amounts the
     * storefront computed. The buyer's number finds their customer record or makes one. The same
     * placement key returns the order placed with it first, created once (decision 0134).
     */
    @PreAuthorize(Permissions.BUYER)
    public PlacedOrder placeForBuyer(BuyerPlacement buyerPlacement) {
        return placement.place(buyerPlacement);
    }

    /** The order placed with this one-time key, if any: a refresh or retry lands on its thank-you page. */
    @PreAuthorize(Permissions.BUYER)
    public Optional<PlacedOrder> placedWithKey(String key) {
        return placement.placedWithKey(key);
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
        return editing.update(orderNumber, expectedVersion, command, shipping);
    }

    // ---- status moves used by payment and shipping ---------------------------------------------

    /**
     * Money arrived. A down payment (manual orders only) must be below what is left; any other
     * payment must cover the rest, and moves the order to Sedang Diproses.
     */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder applyPayment(long orderId, long amount, boolean downPayment, @Nullable String note) {
        return payments.apply(orderId, amount, downPayment, note);
    }

    /**
     * The order, locked for the rest of the caller's transaction, for a payment decision that must
     * see it as the last move left it (is it still in Konfirmasi?). The order's lock is taken before
     * the payment feature's own rows, in the same order as every move, so the two cannot deadlock.
     */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder lockForPayment(long orderId) {
        return moves.byId(orderId);
    }

    /** The buyer says they transferred (told by staff or by the buyer): wait for staff to check the bank. */
    @Transactional
    @PreAuthorize(Permissions.CONFIRMS_PAYMENT)
    public SalesOrder awaitConfirmation(long orderId) {
        return moves.move(moves.byId(orderId), OrderStatus.KONFIRMASI, null);
    }

    /** A confirmation was rejected: back to unpaid (or to Down Payment when a DP is on record). */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder confirmationRejected(long orderId, String reason) {
        SalesOrder order = moves.byId(orderId);
        OrderStatus back = order.getAmountPaid() > 0 ? OrderStatus.DOWN_PAYMENT : OrderStatus.BELUM_BAYAR;
        return moves.move(order, back, reason);
    }

    @Transactional
    @PreAuthorize(WAREHOUSE)
    public SalesOrder shipped(long orderId, String note) {
        return moves.move(moves.byId(orderId), OrderStatus.PROSES_PENGIRIMAN, note);
    }

    /** A line in the timeline without a status change (e.g. a corrected resi). */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public void note(long orderId, String note) {
        timeline.note(moves.byId(orderId), note);
    }

    /**
     * Staff printed labels (Aksi › Cetak Label, bulk Cetak Label): the timeline says so and the
     * orders leave "Belum dicetak". Called by the print action, never by the PDF's GET, in its own
     * short transaction.
     *
     * @see <a href="../../../../../../docs/decisions/0076-printing-is-recorded-by-the-staff-action.md">0076</a>
     */
    @Transactional
    @PreAuthorize(Permissions.STAFF)
    public void labelsPrinted(List<String> orderNumbers) {
        timeline.printed(orderNumbers, "Label dicetak");
    }

    /** Staff printed invoices (with their labels when {@code withLabels}): as {@link #labelsPrinted}. */
    @Transactional
    @PreAuthorize(MONEY)
    public void invoicesPrinted(List<String> orderNumbers, boolean withLabels) {
        timeline.printed(orderNumbers, withLabels ? "Invoice + label dicetak" : "Invoice dicetak");
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
        for (String number : OrderMoves.lockOrder(orderNumbers)) {
            result.add(payments.delivered(number));
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
        SalesOrder order = moves.byNumber(orderNumber);
        if (!order.isCod()) {
            throw new BusinessException("error.order.not-cod", orderNumber);
        }
        if (!OrderTransitions.processesCod(order.getStatus(), order.isCod())) {
            throw new BusinessException("error.order.move-not-allowed", orderNumber, order.getStatus().labelKey(),
                    OrderStatus.SEDANG_DIPROSES.labelKey());
        }
        return moves.move(order, OrderStatus.SEDANG_DIPROSES, PROCESS_COD);
    }

    /** "COD ditolak": the buyer refused the parcel; it comes back unopened, so its stock goes back. */
    @Transactional
    @PreAuthorize(MONEY)
    public SalesOrder codRefused(String orderNumber) {
        SalesOrder order = moves.byNumber(orderNumber);
        if (!order.isCod()) {
            throw new BusinessException("error.order.not-cod", orderNumber);
        }
        if (!OrderTransitions.refusesCod(order.getStatus(), order.isCod())) {
            throw new BusinessException("error.order.move-not-allowed", orderNumber, order.getStatus().labelKey(),
                    OrderStatus.RETUR.labelKey());
        }
        moves.move(order, OrderStatus.RETUR, COD_REFUSED);
        products.release(orderNumber, quantities(order), StockReason.RETUR);
        return order;
    }

    /** Cancels before shipping; the reserved stock goes back. All or none of the orders. */
    @Transactional
    @PreAuthorize(MONEY)
    public List<SalesOrder> cancel(List<String> orderNumbers, String reason) {
        String why = OrderMoves.requireReason(reason);
        List<SalesOrder> result = new ArrayList<>();
        for (String number : OrderMoves.lockOrder(orderNumbers)) {
            SalesOrder order = moves.move(moves.byNumber(number), OrderStatus.CANCEL, why);
            products.release(number, quantities(order), StockReason.CANCEL);
            result.add(order);
        }
        return result;
    }

    /** A parcel came back; {@code restock} when the goods go back on the shelf. All or none. */
    @Transactional
    @PreAuthorize(MONEY)
    public List<SalesOrder> retur(List<String> orderNumbers, String reason, boolean restock) {
        String why = OrderMoves.requireReason(reason);
        List<SalesOrder> result = new ArrayList<>();
        for (String number : OrderMoves.lockOrder(orderNumbers)) {
            SalesOrder order = moves.move(moves.byNumber(number), OrderStatus.RETUR, why);
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
    @PreAuthorize(Permissions.ADMINISTERS)
    public void recountStatusCounters() {
        moves.recountCounters();
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
    @PreAuthorize(Permissions.SIGNED_IN)
    public List<StatusChange> history(long orderId) {
        return timeline.history(orderId);
    }

    // ---- the buyer's link (decision 0152) ------------------------------------------------------

    /** The buyer's order page address, to copy into a chat: the page shows money, so ADMIN and CS. */
    @Transactional(readOnly = true)
    @PreAuthorize(MONEY)
    public BuyerLink buyerLink(String orderNumber) {
        return buyerLinks.current(orderNumber);
    }

    /**
     * A new buyer link; the old one answers "not found" from now on. A timeline line says who did it.
     * Refused with {@link OrderChangedException} when the order changed since {@code expectedVersion}.
     */
    @Transactional
    @PreAuthorize(MONEY)
    public BuyerLink reissueBuyerLink(String orderNumber, long expectedVersion) {
        return buyerLinks.reissue(orderNumber, expectedVersion);
    }

    /** The moves the caller's role may make from this status, for views that hide what cannot be done. */
    public Set<OrderStatus> movesFor(OrderStatus from) {
        return moves.movesFor(from);
    }
}
