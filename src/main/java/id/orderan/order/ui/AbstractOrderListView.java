package id.orderan.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.JakartaTime;
import id.orderan.base.dataio.ExportSource;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderFollowUps;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderStatus;
import id.orderan.order.StatusCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * The body of List Order, Order Cancel and Order Retur, put together from parts: a header, a filter
 * bar, (status tabs,) a bulk bar and the grid. It holds the one {@link OrderListState}: a user's change
 * in any part becomes a new state, which is then shown by every part and written to the URL, and
 * the rows and counts are read again when they can differ. Route annotations stay on the concrete
 * views: Vaadin inherits {@code @RouteAlias}, which would give every subclass the root path.
 *
 * @see <a href="../../../../../../../docs/decisions/0105-list-order-state-and-url-codec.md">0105 state and URL codec</a>
 */
abstract class AbstractOrderListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final OrderQueryService queries;
    private final OrderExportService exports;
    private final OrderActions actions;
    private final OrderListBroadcaster broadcaster;
    private final Clock clock;
    private final String titleKey;
    private final String route;
    private final Set<OrderStatus> fixedStatuses;
    private final boolean mayFilterFollowUps;

    private final OrderListHeader header;
    private final OrderFilterBar filters;
    private final @Nullable OrderStatusTabs tabs;
    final OrderBulkBar bulk;
    final OrderGrid grid;

    private OrderListState state = OrderListState.initial();
    private @Nullable Registration pushRegistration;

    /**
     * @param fixedStatuses empty for List Order (its tabs choose), else the statuses this list shows
     */
    AbstractOrderListView(OrderQueryService queries, OrderExportService exports, OrderListBroadcaster broadcaster,
            Clock clock, OrderActions actions, String titleKey, String route,
            Set<OrderStatus> fixedStatuses) {
        this.queries = queries;
        this.exports = exports;
        this.actions = actions;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.titleKey = titleKey;
        this.route = route;
        this.fixedStatuses = Set.copyOf(fixedStatuses);
        boolean listOrder = fixedStatuses.isEmpty();
        boolean maySeeMoney = actions.maySeeMoney();
        // the Cancel and Retur lists hold no unpaid orders, and the warehouse does not follow up
        this.mayFilterFollowUps = listOrder && actions.maySeeMoney();
        addClassName("orderan-page");
        addClassName("orderan-order-list");
        setSizeFull();

        header = new OrderListHeader(titleKey, listOrder && maySeeMoney, this::currentView);
        filters = new OrderFilterBar(mayFilterFollowUps, this::today, this::change);
        tabs = listOrder ? new OrderStatusTabs(this::change) : null;
        grid = new OrderGrid(queries, !listOrder);
        bulk = new OrderBulkBar(actions, () -> {
            grid.deselectAll();
            refreshLive();
        }, this::refreshLive);

        grid.setSizeFull();
        // the service already withholds amounts from the warehouse; hide the empty column too
        grid.getColumnByKey("grandTotal").setVisible(maySeeMoney);
        grid.getColumnByKey("followUp").setVisible(listOrder && maySeeMoney);
        grid.addSortListener(e -> change(s -> s.withSort(OrderGrid.sortOf(e.getSortOrder()))));
        grid.onAction(this::openActions);
        grid.onConfirmationClick(this::openConfirmation);
        grid.onFollowUp(this::openFollowUp, actions::followUpSummaries);
        grid.addSelectionListener(e -> bulk.show(e.getAllSelectedItems()));

        add(header, filters);
        if (tabs != null) {
            add(tabs);
        }
        add(bulk, grid);
    }

    /** A user's change in one of the parts: the new state is shown everywhere and kept in the URL. */
    private void change(UnaryOperator<OrderListState> userChange) {
        OrderListState next = allowed(userChange.apply(state));
        if (next.equals(state)) {
            return; // also how a part hears back the value it was just given: nothing to do
        }
        OrderListState previous = state;
        state = next;
        show(next);
        writeUrl(previous.tab() != next.tab());
        if (!previous.sameRows(next)) {
            reload();
        }
    }

    /** Only what this list and this user offer (a link may carry more). */
    private OrderListState allowed(OrderListState candidate) {
        OrderListState result = tabs == null ? candidate.withTab(OrderTab.SEMUA) : candidate;
        return mayFilterFollowUps ? result : result.withNotFollowedUp(false);
    }

    private void show(OrderListState shown) {
        filters.show(shown, today());
        if (tabs != null) {
            tabs.show(shown.tab());
        }
        grid.showSort(shown.sort());
    }

    private LocalDate today() {
        return JakartaTime.today(clock);
    }

    private Set<OrderStatus> listedStatuses() {
        return fixedStatuses.isEmpty() ? state.tab().statuses() : fixedStatuses;
    }

    /** One counts query feeds every tab label and the grid's row count. */
    private void reload() {
        OrderFilter filter = state.filter(today());
        StatusCounts counts = queries.counts(filter);
        showCounts(counts);
        grid.setEmptyStateText(getTranslation(state.anyFilter() ? "orders.empty.filtered" : "orders.empty"));
        grid.show(filter.withStatuses(listedStatuses()), counts.sum(listedStatuses()),
                counts.capped(listedStatuses()));
    }

    /** Live update: new counts and the rows in view, keeping scroll position and selection. */
    void refreshLive() {
        StatusCounts counts = queries.counts(state.filter(today()));
        showCounts(counts);
        grid.refresh(counts.sum(listedStatuses()), counts.capped(listedStatuses()));
    }

    /**
     * The push after orders changed: as {@link #refreshLive}, but with the counts and rows this node's
     * other screens read after the same change (decision 0215). A user's own action reads fresh.
     */
    void refreshPushed() {
        StatusCounts counts = queries.liveCounts(state.filter(today()));
        showCounts(counts);
        grid.refreshPushed(counts.sum(listedStatuses()), counts.capped(listedStatuses()));
    }

    private void showCounts(StatusCounts counts) {
        if (tabs != null) {
            tabs.showCounts(counts);
        }
        header.showTotal(counts.sum(listedStatuses()), counts.capped(listedStatuses()), counts.cap());
    }

    /** Ekspor: exactly the rows, order and (for this user) columns the screen shows now. */
    private ExportSource currentView() {
        OrderFilter view = state.filter(today()).withStatuses(listedStatuses());
        String name = (fixedStatuses.isEmpty() ? "order-" + state.tab().slug() : route.replace('/', '-')) + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(ZonedDateTime.now(clock.withZone(JakartaTime.ZONE)));
        return new OrderExportSource(exports, view, state.sort(), getLocale(), name, getTranslation(titleKey));
    }

    // ---- actions on a row (the grid's buttons) -----------------------------------------------

    /** The Action column's button. */
    Dialog openActions(OrderRow row) {
        return actions.openMenu(row.orderNumber(), this::refreshLive);
    }

    /** The WhatsApp or email icon of the Follow Up column. */
    @Nullable Dialog openFollowUp(OrderRow row, OrderFollowUps.Channel channel) {
        return actions.openFollowUp(row.orderNumber(), channel, this::refreshLive);
    }

    /** A click on a Konfirmasi badge. */
    @Nullable Dialog openConfirmation(OrderRow row) {
        return actions.openConfirmation(row.orderNumber(), this::refreshLive);
    }

    // ---- URL ---------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = allowed(OrderListUrl.decode(event.getLocation().getQueryParameters().getParameters()));
        show(state);
        reload();
    }

    /** The address the view keeps in the browser (what a saved link opens). */
    QueryParameters queryParameters() {
        return new QueryParameters(OrderListUrl.encode(state));
    }

    /** Tab changes push a history entry (Back returns to the previous tab); typing only replaces it. */
    private void writeUrl(boolean newHistoryEntry) {
        getUI().ifPresent(ui -> {
            Location location = new Location(route, queryParameters());
            if (newHistoryEntry) {
                ui.getPage().getHistory().pushState((BaseJsonNode) null, location);
            } else {
                ui.getPage().getHistory().replaceState((BaseJsonNode) null, location);
            }
        });
    }

    // ---- live --------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        pushRegistration = broadcaster.register(event.getUI(), this::refreshPushed);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pushRegistration != null) {
            pushRegistration.remove();
            pushRegistration = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · Orderan";
    }
}
