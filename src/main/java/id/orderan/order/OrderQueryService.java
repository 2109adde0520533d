package id.orderan.order;

import id.orderan.base.SecretTokens;
import id.orderan.base.BusinessException;
import id.orderan.base.TransactionConfig;
import id.orderan.security.Permissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of List Order: pages of lean rows in a constant three queries (page ids by index, their
 * rows, their lines), keyset continuation for scrolling, and tab counts.
 *
 * <p>The list methods read without opening a database transaction (SUPPORTS, read-only): a page is
 * one statement plus a lookup of its lines by id, and wrapping them would cost three more round
 * trips per page ({@code set autocommit=0}, {@code COMMIT}, {@code set autocommit=1}) for no gain;
 * inside a caller's transaction they simply join it.
 *
 * <p>Counts: with no search or filter the maintained per-status counters answer (O(1), exact,
 * updated in the order's own transaction); with a search or filter one query counts every tab at
 * once, each status up to {@link #COUNT_CAP} (then "10.000+"), so ten million orders cost no more
 * than one. Money is withheld from the warehouse role here, not in the view, so
 * every caller gets the same.
 *
 * @see <a href="../../../../../../docs/decisions/0115-keyset-paging-and-status-counters.md">0115 keyset paging and status counters</a>
 * @see <a href="../../../../../../docs/decisions/0116-who-sees-money.md">0116 who sees money</a>
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Permissions.SIGNED_IN)
public class OrderQueryService {

    private static final String MONEY = Permissions.SEES_MONEY;

    public static final int MAX_PAGE_SIZE = 500;

    /** Filtered tab counts stop here and show "10.000+": counting further costs more than it tells (decision 0210). */
    public static final int COUNT_CAP = 10_000;

    private final OrderListQuery listQuery;
    private final StatusCounters counters;
    private final SalesOrderRepository orders;
    private final Permissions permissions;
    private final OrderListSnapshots snapshots;

    OrderQueryService(OrderListQuery listQuery, StatusCounters counters, SalesOrderRepository orders,
            Permissions permissions, OrderListSnapshots snapshots) {
        this.listQuery = listQuery;
        this.counters = counters;
        this.orders = orders;
        this.permissions = permissions;
        this.snapshots = snapshots;
    }

    /** The page at an offset: for the first page and for jumps (the scrollbar dragged far). */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public OrderPage page(OrderFilter filter, OrderSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        OrderSort allowed = allowedSort(sort);
        return toPage(listQuery.page(filter, allowed, offset, Math.min(limit, MAX_PAGE_SIZE)), allowed, limit);
    }

    /**
     * {@link #page} for a live refresh (the push after a change): the screens of this node asking the
     * same page after the same change share one read (decision 0215); money is still withheld per caller.
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public OrderPage livePage(OrderFilter filter, OrderSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        OrderSort allowed = allowedSort(sort);
        int capped = Math.min(limit, MAX_PAGE_SIZE);
        OrderListSnapshots.Page shared = snapshots.get(List.of("page", filter, allowed, offset, capped), () -> {
            List<OrderListQuery.Row> rows = listQuery.page(filter, allowed, offset, capped);
            return new OrderListSnapshots.Page(rows, listQuery.products(rows.stream().map(OrderListQuery.Row::id).toList()));
        });
        return toPage(shared.rows(), shared.products(), allowed, limit);
    }

    /** {@link #counts} for a live refresh: shared by this node's screens per change (decision 0215). */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public StatusCounts liveCounts(OrderFilter filter) {
        return snapshots.get(List.of("counts", filter.withStatuses(Set.of())), () -> counts(filter));
    }

    /** The page right after a cursor: what scrolling asks for, at the cost of a first page. */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public OrderPage pageAfter(OrderFilter filter, OrderCursor cursor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
        if (!allowedSort(cursor.sort()).equals(cursor.sort())) {
            throw new IllegalArgumentException("cursor for a sort this user may not use");
        }
        return toPage(listQuery.pageAfter(filter, cursor, Math.min(limit, MAX_PAGE_SIZE)), cursor.sort(), limit);
    }

    /**
     * Tab counts: every status, under the filter's search and filters (its statuses are ignored). With a
     * search or filter, a status stops counting above {@link #COUNT_CAP} (decision 0210).
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public StatusCounts counts(OrderFilter filter) {
        return unfiltered(filter) ? new StatusCounts(counters.read())
                : new StatusCounts(listQuery.countByStatus(filter, COUNT_CAP), COUNT_CAP);
    }

    /**
     * How many rows the filter's list holds (its statuses included), exactly: what an export announces.
     * Reads every matching order, so a broad filter at ten million orders takes seconds; screens use
     * {@link #counts(OrderFilter)}.
     */
    @Transactional(readOnly = true, transactionManager = TransactionConfig.JDBC, propagation = Propagation.SUPPORTS)
    public long count(OrderFilter filter) {
        StatusCounts exact = new StatusCounts(unfiltered(filter) ? counters.read() : listQuery.countByStatus(filter));
        return exact.sum(filter.statuses());
    }

    private static boolean unfiltered(OrderFilter filter) {
        return filter.search().isEmpty() && filter.categories().isEmpty() && filter.sources().isEmpty()
                && filter.from() == null && filter.to() == null && !filter.unprintedOnly()
                && !filter.notFollowedUpOnly() && !filter.codOnly() && !filter.needsReviewOnly();
    }

    /**
     * One order as the current user may see it: the detail page, the Aksi menu, resi entry and labels
     * read this, for every role. The warehouse gets it without money but the COD amount to collect.
     */
    public OrderSheet sheet(String orderNumber) {
        return OrderSheet.of(getEntity(orderNumber), maySeeMoney());
    }

    /**
     * Number, status and COD flag of an order: what the Aksi menu offers its actions by (the action then
     * reads what it needs). Nothing in it is money, so it is the same for every role.
     */
    public OrderHeading heading(String orderNumber) {
        return orders.findHeading(orderNumber)
                .orElseThrow(() -> new BusinessException("error.order.not-found", orderNumber));
    }

    /** Several sheets with their lines in one query, in the order asked for; unknown numbers are refused. */
    public List<OrderSheet> sheets(List<String> orderNumbers) {
        boolean money = maySeeMoney();
        return entities(orderNumbers).stream().map(order -> OrderSheet.of(order, money)).toList();
    }

    /**
     * The sheets of those of these numbers that exist, in one query per 500 numbers, in no particular
     * order; unknown numbers are simply left out. For screens that check a pasted list (bulk resi) and
     * report each unknown number themselves instead of refusing the whole list.
     */
    public List<OrderSheet> sheetsFound(java.util.Collection<String> orderNumbers) {
        boolean money = maySeeMoney();
        List<String> distinct = orderNumbers.stream().distinct().toList();
        List<OrderSheet> found = new java.util.ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += MAX_PAGE_SIZE) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + MAX_PAGE_SIZE));
            orders.findByOrderNumberIn(chunk).forEach(order -> found.add(OrderSheet.of(order, money)));
        }
        return found;
    }

    /** Whether an order with this number exists: what a link check needs, nothing more. */
    public boolean exists(String orderNumber) {
        return orders.existsNumber(orderNumber);
    }

    /**
     * Several orders with everything, money included, in one query, in the order asked for; unknown
     * numbers are refused. The entity carries money, so only the roles that may see money get it; the
     * warehouse reads {@link #sheets(List)}.
     */
    @PreAuthorize(MONEY)
    public List<SalesOrder> getByNumbers(List<String> orderNumbers) {
        return entities(orderNumbers);
    }

    /** The order with everything, money included: ADMIN and CS only (the warehouse reads {@link #sheet}). */
    @PreAuthorize(MONEY)
    public SalesOrder getById(long orderId) {
        return orders.findById(orderId)
                .orElseThrow(() -> new BusinessException("error.order.not-found", String.valueOf(orderId)));
    }

    /** The order with everything, money included: ADMIN and CS only (the warehouse reads {@link #sheet}). */
    @PreAuthorize(MONEY)
    public SalesOrder getByNumber(String orderNumber) {
        return getEntity(orderNumber);
    }

    /**
     * The buyer's own order, money included, for their invoice (decision 0150): role BUYER only, found
     * by its token and nothing else; a malformed token is answered without a query.
     */
    @PreAuthorize(Permissions.BUYER)
    public Optional<SalesOrder> forBuyer(String token) {
        return SecretTokens.wellFormed(token) ? orders.findByBuyerToken(token) : Optional.empty();
    }

    private SalesOrder getEntity(String orderNumber) {
        return orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> new BusinessException("error.order.not-found", orderNumber));
    }

    private List<SalesOrder> entities(List<String> orderNumbers) {
        Map<String, SalesOrder> byNumber = new HashMap<>();
        for (SalesOrder order : orders.findByOrderNumberIn(orderNumbers)) {
            byNumber.put(order.getOrderNumber(), order);
        }
        return orderNumbers.stream().map(number -> Optional.ofNullable(byNumber.get(number))
                .orElseThrow(() -> new BusinessException("error.order.not-found", number))).toList();
    }

    /** A customer's orders for their detail page, newest first. Money: ADMIN and CS only. */
    @PreAuthorize(MONEY)
    public List<CustomerOrderRow> customerOrders(long customerId, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        return orders.customerOrders(customerId, new OffsetPage(Math.max(0, offset), size));
    }

    /** How many orders, their value (Cancel and Retur left out) and the last order's time. */
    @PreAuthorize(MONEY)
    public CustomerOrderSummary customerSummary(long customerId) {
        Object[] row = orders.customerSummary(customerId, EnumSet.of(OrderStatus.CANCEL, OrderStatus.RETUR))
                .getFirst();
        return new CustomerOrderSummary(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (Instant) row[2]);
    }

    private OrderPage toPage(List<OrderListQuery.Row> rows, OrderSort sort, int limit) {
        return toPage(rows, listQuery.products(rows.stream().map(OrderListQuery.Row::id).toList()), sort, limit);
    }

    private OrderPage toPage(List<OrderListQuery.Row> rows, Map<Long, List<OrderRow.ProductQuantity>> products,
            OrderSort sort, int limit) {
        boolean showMoney = maySeeMoney();
        List<OrderRow> result = rows.stream().map(r -> new OrderRow(r.id(), r.orderNumber(), r.createdAt(),
                        showMoney ? r.grandTotal() : null, r.status(), r.source(), r.customerName(),
                        r.customerCategory(), r.customerPhone(), r.statusReason(), r.hasEmail(),
                        products.getOrDefault(r.id(), List.of()), r.codAmount(), r.needsReview(),
                        r.needsReview() ? r.reviewReason() : null, r.shippingToConfirm()))
                .toList();
        OrderCursor next = null;
        if (rows.size() >= Math.min(limit, MAX_PAGE_SIZE) && !rows.isEmpty()) {
            OrderListQuery.Row last = rows.getLast();
            Object value = switch (sort.field()) {
                case CREATED_AT -> last.createdAt();
                case ORDER_NUMBER -> last.orderNumber();
                case GRAND_TOTAL -> last.grandTotal();
            };
            next = new OrderCursor(sort, value, last.id());
        }
        return new OrderPage(result, next);
    }

    /** Sorting by amount would reveal amounts: the warehouse gets newest first instead. */
    private OrderSort allowedSort(OrderSort sort) {
        return sort.field() == OrderSort.Field.GRAND_TOTAL && !maySeeMoney() ? OrderSort.newestFirst() : sort;
    }

    private boolean maySeeMoney() {
        return permissions.maySeeMoney();
    }
}
