package id.orderan.order.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.OrderCursor;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderFollowUps.Channel;
import id.orderan.order.OrderFollowUps;
import id.orderan.order.OrderPage;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSort;
import id.orderan.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The order grid shared by List Order, Order Cancel and Order Retur. Rows come a page at a time
 * from {@link OrderQueryService}; when the grid asks for the page right after one it already has,
 * the page's cursor continues from there (keyset), so scrolling stays as fast as the first page.
 * The row count is handed in by the view, which computes all tab counts in one query.
 */
class OrderGrid extends Grid<OrderRow> {

    private static final int MAX_CURSORS = 200;

    private final OrderQueryService queries;
    private final Map<Integer, OrderCursor> cursors = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, OrderCursor> eldest) {
            return size() > MAX_CURSORS;
        }
    };
    private OrderFilter filter = OrderFilter.all();
    private Consumer<OrderRow> onAction = row -> { };
    private Consumer<OrderRow> onConfirmationClick = row -> { };
    private BiConsumer<OrderRow, Channel> onFollowUp = (row, channel) -> { };
    private Function<List<Long>, Map<Long, OrderFollowUps.Summary>> followUpSummaries = ids -> Map.of();
    private Map<Long, OrderFollowUps.Summary> summaries = new HashMap<>();
    private OrderSort lastSort = OrderSort.newestFirst();
    private long rowCount;
    /** Rows asked for after a push may come from the read this node's other screens shared (0215). */
    private boolean pushed;

    OrderGrid(OrderQueryService queries, boolean showReason) {
        super(OrderRow.class, false);
        this.queries = queries;
        addClassName("orderan-order-grid");
        // one line per cell (compact): at 1366×768 every column and at least ten rows fit without scrolling
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setSelectionMode(SelectionMode.MULTI);
        setPageSize(50);
        setEmptyStateText(getTranslation("orders.empty"));

        addColumn(OrderRow::orderNumber).setKey("orderNumber").setHeader(getTranslation("orders.column.id"))
                .setSortProperty(OrderSort.Field.ORDER_NUMBER.name()).setWidth("8.5rem").setFlexGrow(0)
                .setPartNameGenerator(row -> "order-number");
        addColumn(row -> ProductSummary.of(row.products(), more -> getTranslation("orders.products.more", more)))
                .setKey("products").setHeader(getTranslation("orders.column.products")).setFlexGrow(3)
                .setWidth("7rem").setTooltipGenerator(row -> ProductSummary.all(row.products()));
        // Lit renderers: the browser builds these cells, the server keeps no components per row
        addColumn(LitRenderer.<OrderRow>of("""
                        <div class="orderan-customer" title="${item.name} · ${item.category} · ${item.phone}">\
                        <span class="orderan-customer__name">${item.name}</span>\
                        <span class="orderan-badge orderan-badge--category-${item.categoryStyle}">${item.category}</span>\
                        <span class="orderan-customer__phone">${item.phone}</span></div>""")
                        .withProperty("name", OrderRow::customerName)
                        .withProperty("category", row -> getTranslation(row.customerCategory().labelKey()))
                        .withProperty("categoryStyle", row -> row.customerCategory().name().toLowerCase(Locale.ROOT))
                        .withProperty("phone", row -> PhoneNumber.display(row.customerPhone())))
                .setKey("customer").setHeader(getTranslation("orders.column.customer")).setFlexGrow(2)
                .setWidth("9rem");
        addColumn(row -> JakartaTime.format(row.createdAt(), getLocale()))
                .setKey("createdAt").setHeader(getTranslation("orders.column.date"))
                .setSortProperty(OrderSort.Field.CREATED_AT.name()).setWidth("8.5rem").setFlexGrow(0);
        addColumn(row -> row.grandTotal() == null ? "" : Rupiah.format(row.grandTotal()))
                .setKey("grandTotal").setHeader(getTranslation("orders.column.total"))
                .setSortProperty(OrderSort.Field.GRAND_TOTAL.name()).setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem").setFlexGrow(0);
        // a Konfirmasi badge is a button: it opens the payment-confirmation popup, for those who see
        // money (their rows carry the total); for the warehouse it is just a badge
        // a COD order carries a marker with what the courier collects: the one amount the warehouse sees;
        // an order the storefront flagged carries "Perlu dicek" with the reason as its tooltip
        addColumn(LitRenderer.<OrderRow>of("""
                        <span class="orderan-badge orderan-badge--${item.style}" role="${item.role}" tabindex="${item.tab}"\
                         @click="${statusClicked}">${item.status}</span>\
                        <span class="orderan-badge orderan-badge--cod" ?hidden="${!item.cod}"\
                         style="background:#fef3c7;color:#92400e;margin-inline-start:var(--lumo-space-xs)">${item.cod}</span>\
                        <span class="orderan-badge orderan-badge--review" ?hidden="${!item.review}" title="${item.reviewReason}"\
                         style="background:#fde2e1;color:#8a1c14;margin-inline-start:var(--lumo-space-xs)">${item.review}</span>\
                        <span class="orderan-badge orderan-badge--ongkir" ?hidden="${!item.ongkir}"\
                         style="background:#e0e7ff;color:#3730a3;margin-inline-start:var(--lumo-space-xs)">${item.ongkir}</span>""")
                        .withProperty("status", row -> getTranslation(row.status().labelKey()))
                        .withProperty("review", row -> row.needsReview() ? getTranslation("orders.needs-review") : "")
                        .withProperty("reviewReason", row -> row.reviewReason() == null ? "" : row.reviewReason())
                        .withProperty("cod", this::codMarker)
                        .withProperty("ongkir", row -> row.shippingToConfirm()
                                ? getTranslation("order.shipping-to-confirm") : "")
                        .withProperty("style", row -> row.status().badgeStyle())
                        .withProperty("role", row -> confirmable(row) ? "button" : "")
                        .withProperty("tab", row -> confirmable(row) ? "0" : "-1")
                        .withFunction("statusClicked", row -> {
                            if (confirmable(row)) {
                                onConfirmationClick.accept(row);
                            }
                        }))
                .setKey("status").setHeader(getTranslation("orders.column.status")).setWidth("9rem").setFlexGrow(0);
        // Follow Up: only while the buyer still owes money; the service refuses the rest anyway
        addColumn(LitRenderer.<OrderRow>of("""
                        <div class="orderan-fu" style="display:${item.display}">\
                        <vaadin-button theme="tertiary small icon" title="WhatsApp" @click="${whatsApp}">\
                        <vaadin-icon icon="vaadin:comment-ellipsis-o"></vaadin-icon></vaadin-button>\
                        <vaadin-button theme="tertiary small icon" title="${item.mailTitle}" ?disabled="${item.noEmail}"\
                         @click="${email}"><vaadin-icon icon="vaadin:envelope-o"></vaadin-icon></vaadin-button>\
                        <span class="orderan-fu__summary">${item.summary}</span></div>""")
                        .withProperty("display", row -> unpaid(row) ? "flex" : "none")
                        .withProperty("noEmail", row -> !row.hasEmail())
                        .withProperty("mailTitle", row -> getTranslation(row.hasEmail() ? "followup.email"
                                : "followup.no-email"))
                        .withProperty("summary", this::followUpSummary)
                        .withFunction("whatsApp", row -> onFollowUp.accept(row, Channel.WHATSAPP))
                        .withFunction("email", row -> onFollowUp.accept(row, Channel.EMAIL)))
                .setKey("followUp").setHeader(getTranslation("orders.column.follow-up")).setWidth("7.5rem")
                .setFlexGrow(0);
        addColumn(LitRenderer.<OrderRow>of("""
                        <vaadin-button theme="tertiary small" @click="${open}">${item.label}</vaadin-button>""")
                        .withProperty("label", row -> getTranslation("orders.column.action-button"))
                        .withFunction("open", row -> onAction.accept(row)))
                .setKey("action").setHeader(getTranslation("orders.column.action")).setWidth("4.5rem").setFlexGrow(0);
        if (showReason) {
            addColumn(row -> row.statusReason() == null ? "" : row.statusReason())
                    .setKey("reason").setHeader(getTranslation("orders.column.reason")).setFlexGrow(2);
        }

        // identity by order id: selection and scroll position survive live refreshes of changed rows
        setItems(new CallbackDataProvider<OrderRow, Void>(this::fetch,
                query -> (int) Math.min(Integer.MAX_VALUE, rowCount), OrderRow::id));
    }

    /** Shows another filter's rows; {@code count} is the number of rows it holds. */
    void show(OrderFilter newFilter, long count) {
        show(newFilter, count, false);
    }

    /**
     * Shows another filter's rows; {@code count} is the number of rows it holds, or only a lower bound when
     * {@code capped} (the count stopped at its cap, decision 0210).
     */
    void show(OrderFilter newFilter, long count, boolean capped) {
        this.filter = newFilter;
        refresh(count, capped);
    }

    /** Re-reads the rows in view (live updates) without losing scroll position or selection. */
    void refresh(long count) {
        refresh(count, false);
    }

    /**
     * Re-reads the rows in view. A capped count is no size: the grid then pages on (keyset) until a page
     * comes back short, starting from the count as its estimate, instead of ending at row 10,001.
     */
    void refresh(long count, boolean capped) {
        refresh(count, capped, false);
    }

    /** {@link #refresh} after a push: the rows may be those another screen of this node read for it. */
    void refreshPushed(long count, boolean capped) {
        refresh(count, capped, true);
    }

    private void refresh(long count, boolean capped, boolean afterPush) {
        this.pushed = afterPush;
        this.rowCount = count;
        cursors.clear(); // rows may have moved: continue from offsets until new cursors are known
        summaries.clear();
        if (capped) {
            getLazyDataView().setItemCountEstimate((int) Math.min(Integer.MAX_VALUE, count));
        } else if (!getDataCommunicator().isDefinedSize()) {
            getLazyDataView().setItemCountFromDataProvider();
        }
        getDataProvider().refreshAll();
    }

    void onAction(Consumer<OrderRow> handler) {
        this.onAction = handler;
    }

    void onFollowUp(BiConsumer<OrderRow, Channel> handler,
            Function<List<Long>, Map<Long, OrderFollowUps.Summary>> summariesOfPage) {
        this.onFollowUp = handler;
        this.followUpSummaries = summariesOfPage;
    }

    /** Rows that follow-ups are for: still waiting for the buyer's payment (Konfirmasi waits for staff). */
    static boolean unpaid(OrderRow row) {
        return row.status().awaitsPayment();
    }

    /** "FU 2 · 3 jam lalu", or nothing before the first reminder. */
    String followUpSummary(OrderRow row) {
        OrderFollowUps.Summary summary = summaries.get(row.id());
        if (summary == null) {
            return "";
        }
        Duration age = Duration.between(summary.last(), Instant.now());
        String ago = age.toMinutes() < 60 ? getTranslation("time.minutes-ago", Math.max(1, age.toMinutes()))
                : age.toHours() < 24 ? getTranslation("time.hours-ago", age.toHours())
                : getTranslation("time.days-ago", age.toDays());
        return "FU " + summary.sent() + " · " + ago;
    }

    /** "COD Rp 190.000" while the courier still collects, "COD" once paid, nothing for other orders. */
    String codMarker(OrderRow row) {
        Long amount = row.codAmount();
        if (amount == null) {
            return "";
        }
        return amount > 0 ? getTranslation("orders.cod.amount", Rupiah.format(amount)) : getTranslation("orders.cod");
    }

    private static boolean confirmable(OrderRow row) {
        return row.status() == OrderStatus.KONFIRMASI && row.grandTotal() != null;
    }

    void onConfirmationClick(Consumer<OrderRow> handler) {
        this.onConfirmationClick = handler;
    }

    private Stream<OrderRow> fetch(Query<OrderRow, Void> query) {
        OrderSort sort = toOrderSort(query.getSortOrders());
        if (!sort.equals(lastSort)) {
            cursors.clear();
            lastSort = sort;
            pushed = false; // the user's own choice: read fresh
        }
        OrderCursor cursor = cursors.get(query.getOffset());
        OrderPage page = cursor != null
                ? queries.pageAfter(filter, cursor, query.getLimit())
                : pushed ? queries.livePage(filter, sort, query.getOffset(), query.getLimit())
                : queries.page(filter, sort, query.getOffset(), query.getLimit());
        if (page.next() != null) {
            cursors.put(query.getOffset() + page.rows().size(), page.next());
        }
        // one more query per page: the follow-up count and age of the page's unpaid orders
        List<Long> unpaidIds = page.rows().stream().filter(OrderGrid::unpaid).map(OrderRow::id).toList();
        if (!unpaidIds.isEmpty()) {
            summaries.putAll(followUpSummaries.apply(unpaidIds));
        }
        return page.rows().stream();
    }

    /** The sort the user chose by clicking column headers (none: newest first). */
    static OrderSort sortOf(List<GridSortOrder<OrderRow>> sortOrders) {
        return toOrderSort(sortOrders.stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList());
    }

    /** Shows a sort (from a link): the column's sort indicator, unless it already shows it. */
    void showSort(OrderSort sort) {
        if (sortOf(getSortOrder()).equals(sort)) {
            return;
        }
        getColumns().stream()
                .filter(column -> column.getSortOrder(SortDirection.ASCENDING).findFirst()
                        .map(order -> order.getSorted().equals(sort.field().name())).orElse(false))
                .findFirst()
                .ifPresentOrElse(column -> sort(List.of(new GridSortOrder<>(column,
                                sort.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING))),
                        () -> sort(List.of()));
    }

    static OrderSort toOrderSort(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) {
            return OrderSort.newestFirst();
        }
        QuerySortOrder first = sortOrders.getFirst();
        return new OrderSort(OrderSort.Field.valueOf(first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }
}
