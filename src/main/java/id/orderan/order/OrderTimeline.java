package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Timeline lines that are not status moves (notes, printing) and the timeline as each role may read
 * it. Package-private: {@link OrderService} is the transaction and security boundary that calls it.
 */
@Component
class OrderTimeline {

    /** As many orders as one PDF may hold (the document feature's bulk limit). */
    static final int MAX_PRINTED = 500;
    /** The timeline line of "Tandai sudah dicek"; the checked reason follows in brackets. */
    static final String REVIEWED = "Sudah dicek";

    private final SalesOrderRepository orders;
    private final StatusChangeRepository statusChanges;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final Clock clock;

    OrderTimeline(SalesOrderRepository orders, StatusChangeRepository statusChanges, CurrentUser currentUser,
            Permissions permissions, Clock clock) {
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.clock = clock;
    }

    void note(SalesOrder order, String note) {
        statusChanges.save(new StatusChange(order.getId(), order.getStatus(), order.getStatus(),
                currentUser.actorName(), clock.instant(), note));
    }

    /**
     * "Tandai sudah dicek" (decision 0147): the flag goes, the timeline keeps who, when and the
     * reason that was checked. An order no longer flagged is left alone, so a double click adds
     * one line; an order changed since the caller read it is refused.
     */
    SalesOrder reviewed(SalesOrder order, long expectedVersion) {
        if (!order.isNeedsReview()) {
            return order;
        }
        if (order.getVersion() != expectedVersion) {
            throw new OrderChangedException(order.getOrderNumber(), Objects.requireNonNullElse(order.getUpdatedBy(), "?"));
        }
        Instant now = clock.instant();
        order.reviewed();
        order.touch(currentUser.actorName(), now);
        String reason = order.getReviewReason();
        statusChanges.save(new StatusChange(order.getId(), order.getStatus(), order.getStatus(), currentUser.actorName(),
                now, reason == null ? REVIEWED : REVIEWED + " (" + reason + ")"));
        return orders.saveAndFlush(order);
    }

    void edited(SalesOrder order, Instant when, List<FieldChange> applied) {
        statusChanges.save(StatusChange.edit(order.getId(), order.getStatus(), currentUser.actorName(), when, applied));
    }

    /** A flag and a timeline line, no status change: one UPDATE for all, no row locks needed. */
    void printed(List<String> orderNumbers, String what) {
        List<String> distinct = orderNumbers.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_PRINTED) {
            throw new BusinessException("error.document.bulk-size", MAX_PRINTED);
        }
        List<Object[]> found = orders.idsAndStatuses(distinct);
        if (found.size() != distinct.size()) {
            throw new BusinessException("error.order.not-found", String.join(", ", distinct));
        }
        Instant now = clock.instant();
        String actor = currentUser.actorName();
        orders.markPrinted(distinct, now);
        statusChanges.saveAll(found.stream()
                .map(row -> new StatusChange((Long) row[0], (OrderStatus) row[1], (OrderStatus) row[1], actor, now, what))
                .toList());
    }

    /**
     * The audit trail; for the warehouse without the notes of payment steps and without the amounts
     * of edits (decisions 0071, 0086).
     */
    List<StatusChange> history(long orderId) {
        List<StatusChange> changes = statusChanges.findByOrderIdOrderByChangedAtDescIdDesc(orderId);
        if (permissions.maySeeMoney()) {
            return changes;
        }
        return changes.stream().map(change -> change.withoutMoney(isPaymentStep(change) && change.getNote() != null))
                .toList();
    }

    /** A change made while the order was unpaid and that stays on the way to being paid. */
    private static boolean isPaymentStep(StatusChange change) {
        return !OrderService.PROCESS_COD.equals(change.getNote()) // "Proses COD" says nothing about money
                && change.getFromStatus() != null && change.getFromStatus().isUnpaid()
                && (change.getToStatus().isUnpaid() || change.getToStatus() == OrderStatus.SEDANG_DIPROSES);
    }
}
