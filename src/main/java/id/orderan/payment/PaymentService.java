package id.orderan.payment;

import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.order.BuyerOrders;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money in: down payments, full payments, and buyers' payment confirmations with their approval or
 * rejection. The order moves (and its rules) stay with {@link OrderService}, called in the same
 * transaction, so a payment and its status change are saved together or not at all.
 */
@Service
@PreAuthorize(Permissions.SEES_MONEY)
public class PaymentService {

    private final PaymentRepository payments;
    private final PaymentConfirmationRepository confirmations;
    private final PaymentProofRepository proofs;
    private final OrderService orders;
    private final OrderQueryService orderQueries;
    private final BuyerOrders buyerOrders;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaymentService(PaymentRepository payments, PaymentConfirmationRepository confirmations,
            PaymentProofRepository proofs, OrderService orders, OrderQueryService orderQueries, BuyerOrders buyerOrders,
            CurrentUser currentUser, Clock clock) {
        this.buyerOrders = buyerOrders;
        this.payments = payments;
        this.confirmations = confirmations;
        this.proofs = proofs;
        this.orders = orders;
        this.orderQueries = orderQueries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public Payment record(PaymentCommands.RecordPayment command) {
        SalesOrder order = orderQueries.getByNumber(command.orderNumber());
        String method = command.method().trim();
        if (method.isEmpty()) {
            throw new BusinessException("error.payment.method-required");
        }
        orders.applyPayment(order.getId(), command.amount(), command.kind() == PaymentKind.DP, paymentNote(command));
        Instant paidAt = command.paidOn().atTime(12, 0).atZone(JakartaTime.ZONE).toInstant();
        return payments.save(new Payment(order.getId(), command.kind(), method, command.amount(), paidAt, currentUser.actorName(),
                clock.instant()));
    }

    /** "Tandai lunas": records a payment of exactly what is left and moves the order on. */
    @Transactional
    public Payment markPaid(String orderNumber, String method) {
        SalesOrder order = orderQueries.getByNumber(orderNumber);
        return record(new PaymentCommands.RecordPayment(orderNumber, PaymentKind.FULL, method, order.remaining(),
                JakartaTime.today(clock), null));
    }

    @Transactional
    public PaymentConfirmation submit(PaymentCommands.SubmitConfirmation command) {
        SalesOrder order = orderQueries.getByNumber(command.orderNumber());
        return confirm(Objects.requireNonNull(order.getId()), command, null);
    }

    /**
     * The buyer's own confirmation from the order page, as the actor "pembeli" (role BUYER, its only
     * entry point): the token names the order, the same rules and the same move as {@link #submit}
     * apply. A repeated key returns the first confirmation; a second one while one waits is refused.
     *
     * @see <a href="../../../../../../docs/decisions/0131-the-buyer-as-an-actor.md">0131 the buyer as an actor</a>
     */
    @Transactional
    @PreAuthorize(Permissions.BUYER)
    public PaymentConfirmation submitAsBuyer(PaymentCommands.BuyerConfirmation command) {
        long orderId = buyerOrders.orderIdOf(command.buyerToken())
                .orElseThrow(() -> new BusinessException("error.confirmation.not-found"));
        Optional<PaymentConfirmation> same = confirmations.findByIdempotencyKey(command.key());
        if (same.isPresent()) {
            if (same.get().getOrderId() != orderId) {
                throw new BusinessException("error.confirmation.not-found");
            }
            return same.get();
        }
        if (!confirmations.findByOrderIdAndState(orderId, ConfirmationState.PENDING).isEmpty()) {
            throw new BusinessException("error.confirmation.buyer-pending");
        }
        if (command.proof() == null) {
            throw new BusinessException("error.proof.required");
        }
        String note = command.toAccount().isBlank() ? null : "Ke rekening " + command.toAccount().trim();
        return confirm(orderId, new PaymentCommands.SubmitConfirmation("", command.bank(), command.accountHolder(),
                command.amount(), command.transferDate(), command.proof(), note), command.key());
    }

    /**
     * Whether this order holds the confirmation of this form's key: a double POST that raced the first
     * and lost on the order's lock asks this afterwards, in its own transaction (decision 0132).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.BUYER)
    public boolean submittedWithKey(String buyerToken, String key) {
        Optional<Long> orderId = buyerOrders.orderIdOf(buyerToken);
        return orderId.isPresent() && confirmations.findByIdempotencyKey(key)
                .filter(c -> c.getOrderId() == orderId.get()).isPresent();
    }

    /** The reason staff gave for the buyer's last confirmation, while the order waits for payment again. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.BUYER)
    public Optional<String> lastRejection(String buyerToken) {
        return buyerOrders.orderIdOf(buyerToken)
                .flatMap(id -> confirmations.findByOrderIdOrderBySubmittedAtDesc(id).stream().findFirst())
                .filter(c -> c.getState() == ConfirmationState.REJECTED)
                .map(c -> c.getDecisionNote() == null ? "" : c.getDecisionNote());
    }

    private PaymentConfirmation confirm(long orderId, PaymentCommands.SubmitConfirmation command, @Nullable String key) {
        if (command.bank().isBlank() || command.accountHolder().isBlank()) {
            throw new BusinessException("error.confirmation.bank-required");
        }
        if (command.amount() <= 0) {
            throw new BusinessException("error.payment.amount-invalid");
        }
        if (command.transferDate().isAfter(JakartaTime.today(clock))) {
            throw new BusinessException("error.confirmation.future-date");
        }
        String contentType = command.proof() == null ? null : command.proof().verifiedContentType();
        orders.awaitConfirmation(orderId);
        var confirmation = new PaymentConfirmation(orderId, command.bank().trim(), command.accountHolder().trim(),
                command.amount(), command.transferDate(), clock.instant());
        confirmation.describe(blankToNull(command.note()), currentUser.actorName());
        if (key != null) {
            confirmation.keyed(key);
        }
        if (contentType != null) {
            confirmation.attachProof(contentType);
        }
        PaymentConfirmation saved = confirmations.save(confirmation);
        if (command.proof() != null) {
            proofs.save(new PaymentProof(saved.getId(), command.proof().fileName(), contentType,
                    command.proof().content()));
        }
        return saved;
    }

    /**
     * Approves the confirmation the caller looked at ({@code expectedVersion}): records the
     * transferred amount as the payment and moves the order to Sedang Diproses. Two people clicking
     * at once: one wins, the other is told it was already handled. Only while the order still waits
     * in Konfirmasi: once it moved another way (a DP recorded, cancelled…) the confirmation is closed.
     *
     * @see <a href="../../../../../../docs/decisions/0070-confirmations-only-while-the-order-waits.md">0070 confirmations only while the order waits</a>
     */
    @Transactional
    public Payment approve(long confirmationId, long expectedVersion) {
        PaymentConfirmation confirmation = decidable(confirmationId, expectedVersion);
        // decided before the order moves, so the move's listener does not supersede this one
        confirmation.decide(ConfirmationState.APPROVED, null, currentUser.actorName(), clock.instant());
        flush(confirmation);
        SalesOrder order = orders.applyPayment(confirmation.getOrderId(), confirmation.getAmount(), false,
                null);
        return payments.save(new Payment(order.getId(), PaymentKind.FULL, "TRANSFER " + confirmation.getBank(),
                confirmation.getAmount(), confirmation.getTransferDate().atTime(12, 0).atZone(JakartaTime.ZONE)
                        .toInstant(), currentUser.actorName(), clock.instant()));
    }

    /**
     * Rejects with a reason; the confirmation is kept (marked rejected), the order waits for payment
     * again. Like {@link #approve}, only while the order is in Konfirmasi.
     */
    @Transactional
    public PaymentConfirmation reject(long confirmationId, long expectedVersion, String reason) {
        if (reason.isBlank()) {
            throw new BusinessException("error.order.reason-required");
        }
        PaymentConfirmation confirmation = decidable(confirmationId, expectedVersion);
        confirmation.decide(ConfirmationState.REJECTED, reason.trim(), currentUser.actorName(), clock.instant());
        flush(confirmation);
        orders.confirmationRejected(confirmation.getOrderId(), reason.trim());
        return confirmation;
    }

    /** What the buyer says they transferred (bank, holder, amount): money, so ADMIN and CS only. */
    @Transactional(readOnly = true)
    public Optional<PaymentConfirmation> pendingConfirmation(long orderId) {
        return confirmations.findByOrderIdOrderBySubmittedAtDesc(orderId).stream()
                .filter(c -> c.getState() == ConfirmationState.PENDING).findFirst();
    }

    /** All confirmations of an order, for its timeline: ADMIN and CS only (amounts, bank details). */
    @Transactional(readOnly = true)
    public List<PaymentConfirmation> confirmations(long orderId) {
        return confirmations.findByOrderIdOrderBySubmittedAtDesc(orderId);
    }

    @Transactional(readOnly = true)
    public List<Payment> payments(long orderId) {
        return payments.findByOrderIdOrderByPaidAtAsc(orderId);
    }

    /** The proof's bytes and type, for the confirmation dialog. */
    @Transactional(readOnly = true)
    public Optional<ProofFile> proof(long confirmationId) {
        return proofs.findByConfirmationId(confirmationId).map(p -> new ProofFile(p.fileName(), p.content()));
    }

    /**
     * The confirmation, locked, if it may still be decided. The order is locked first, as every
     * order move does (a payment recorded, a cancel), so a decision and a move of the same order
     * queue up instead of deadlocking, and the decision sees the order as the move left it.
     */
    private PaymentConfirmation decidable(long confirmationId, long expectedVersion) {
        long orderId = confirmations.orderIdOf(confirmationId)
                .orElseThrow(() -> new BusinessException("error.confirmation.not-found"));
        SalesOrder order = orders.lockForPayment(orderId);
        PaymentConfirmation confirmation = confirmations.lockById(confirmationId)
                .orElseThrow(() -> new BusinessException("error.confirmation.not-found"));
        // someone approved or rejected it: say who; otherwise the order moved on another way
        boolean decidedByStaff = confirmation.getState() == ConfirmationState.APPROVED
                || confirmation.getState() == ConfirmationState.REJECTED;
        if (!decidedByStaff && order.getStatus() != OrderStatus.KONFIRMASI) {
            throw new BusinessException("error.confirmation.order-not-waiting", order.getOrderNumber(),
                    order.getStatus().labelKey());
        }
        if (confirmation.getVersion() != expectedVersion || confirmation.getState() != ConfirmationState.PENDING) {
            throw new BusinessException("error.confirmation.already-decided",
                    confirmation.getDecidedBy() == null ? "?" : confirmation.getDecidedBy());
        }
        return confirmation;
    }

    /** Writes now, inside the method, so a concurrent decision surfaces as our own message. */
    private void flush(PaymentConfirmation confirmation) {
        try {
            confirmations.saveAndFlush(confirmation);
        } catch (OptimisticLockingFailureException e) {
            throw new BusinessException("error.confirmation.already-decided", "?");
        }
    }

    private static @Nullable String paymentNote(PaymentCommands.RecordPayment command) {
        return command.kind() == PaymentKind.DP ? "DP" : blankToNull(command.note());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Statuses in which a payment can still be recorded (for views). */
    public static boolean acceptsPayment(OrderStatus status) {
        return status.isUnpaid();
    }
}
