package id.orderan.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.customer.CustomerCategory;
import id.orderan.base.dataio.ExportSource;
import id.orderan.base.ui.ExportButton;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSort;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.StatusCounts;
import id.orderan.security.AppRoles;
import java.text.DateFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * The body of List Order, Order Cancel and Order Retur: search, filters, (tabs,) the grid, the
 * state in the URL and live refresh. Route annotations stay on the concrete views: Vaadin inherits
 * {@code @RouteAlias}, which would give every subclass the root path.
 */
abstract class AbstractOrderListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String P_TAB = "tab";
    static final String P_SEARCH = "q";
    static final String P_CATEGORY = "kategori";
    static final String P_SOURCE = "sumber";
    static final String P_DATE = "tgl";
    static final String P_FROM = "dari";
    static final String P_TO = "sampai";
    static final String P_SORT = "urut";
    static final String P_UNPRINTED = "belum-dicetak";
    static final String P_NOT_FOLLOWED_UP = "belum-fu";
    static final String P_COD = "cod";

    private final OrderQueryService queries;
    private final OrderExportService exports;
    private final OrderActions actions;
    private final OrderListBroadcaster broadcaster;
    private final Clock clock;
    private final String titleKey;
    private final String route;
    private final Set<OrderStatus> fixedStatuses;

    final OrderGrid grid;
    final TextField search = new TextField();
    final MultiSelectComboBox<CustomerCategory> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<OrderSource> sources = new MultiSelectComboBox<>();
    final Select<DatePreset> datePreset = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button reset = new Button();
    final com.vaadin.flow.component.checkbox.Checkbox unprinted = new com.vaadin.flow.component.checkbox.Checkbox();
    final com.vaadin.flow.component.checkbox.Checkbox notFollowedUp = new com.vaadin.flow.component.checkbox.Checkbox();
    final com.vaadin.flow.component.checkbox.Checkbox codOnly = new com.vaadin.flow.component.checkbox.Checkbox();
    final @Nullable Tabs tabs;
    private final Map<OrderTab, Tab> tabComponents = new EnumMap<>(OrderTab.class);
    private final Map<OrderTab, Span> tabCounts = new EnumMap<>(OrderTab.class);
    final Span total = new Span();
    final com.vaadin.flow.component.button.Button addOrder = new com.vaadin.flow.component.button.Button();
    final HorizontalLayout bulk = new HorizontalLayout();
    final ExportButton exportButton;

    private boolean restoring;
    private @Nullable Registration pushRegistration;

    /**
     * @param fixedStatuses empty for List Order (its tabs choose), else the statuses this list shows
     */
    AbstractOrderListView(OrderQueryService queries, OrderExportService exports, OrderListBroadcaster broadcaster,
            Clock clock,
            AuthenticationContext authentication, OrderActions actions, String titleKey, String route,
            Set<OrderStatus> fixedStatuses) {
        this.queries = queries;
        this.exports = exports;
        this.actions = actions;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.titleKey = titleKey;
        this.route = route;
        this.fixedStatuses = Set.copyOf(fixedStatuses);
        addClassName("orderan-page");
        addClassName("orderan-order-list");
        setSizeFull();

        grid = new OrderGrid(queries, !fixedStatuses.isEmpty());
        grid.setSizeFull();
        // the service already withholds amounts from the warehouse; hide the empty column too
        grid.getColumnByKey("grandTotal").setVisible(authentication.hasAnyRole(AppRoles.ADMIN, AppRoles.CS));
        grid.addSortListener(event -> {
            if (!restoring) {
                updateUrl(false);
            }
        });

        var title = new H2(getTranslation(titleKey));
        title.addClassName("orderan-page__title");
        total.addClassName("orderan-page__count");
        var header = new HorizontalLayout(title, total);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        addOrder.setText(getTranslation("orders.add"));
        addOrder.setIcon(VaadinIcon.PLUS.create());
        addOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addOrder.setId("add-order");
        addOrder.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OrderFormView.class)));
        addOrder.setVisible(fixedStatuses.isEmpty() && authentication.hasAnyRole(AppRoles.ADMIN, AppRoles.CS));
        exportButton = new ExportButton(this::currentView);
        exportButton.setId("export-orders");
        header.addToEnd(exportButton, addOrder);
        grid.onAction(this::openActions);
        grid.onConfirmationClick(this::openConfirmation);
        grid.onFollowUp(this::openFollowUp, actions::followUpSummaries);
        grid.getColumnByKey("followUp").setVisible(fixedStatuses.isEmpty()
                && authentication.hasAnyRole(AppRoles.ADMIN, AppRoles.CS));
        grid.addSelectionListener(e -> bulkBar());
        add(header, toolbar());

        if (fixedStatuses.isEmpty()) {
            tabs = tabs();
            add(tabs);
        } else {
            tabs = null;
        }
        bulk.addClassName("orderan-bulk");
        bulk.setVisible(false);
        add(bulk, grid);
    }

    private FlexLayout toolbar() {
        search.setPlaceholder(getTranslation("orders.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setAriaLabel(getTranslation("orders.search.label"));
        search.addClassName("orderan-search");
        search.setId("order-search");
        search.addValueChangeListener(e -> filtersChanged());

        // placeholders instead of labels: the filter bar stays one or two rows high on a tablet
        categories.setAriaLabel(getTranslation("orders.filter.category"));
        categories.setItems(CustomerCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        categories.setPlaceholder(getTranslation("orders.filter.category"));
        categories.addValueChangeListener(e -> filtersChanged());

        sources.setAriaLabel(getTranslation("orders.filter.source"));
        sources.setItems(OrderSource.values());
        sources.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sources.setPlaceholder(getTranslation("orders.filter.source"));
        sources.addValueChangeListener(e -> filtersChanged());

        datePreset.setAriaLabel(getTranslation("orders.filter.date"));
        datePreset.setTooltipText(getTranslation("orders.filter.date"));
        datePreset.setItems(DatePreset.values());
        datePreset.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        datePreset.setValue(DatePreset.ANY);
        datePreset.addValueChangeListener(e -> {
            if (restoring || e.getValue() == null || e.getValue() == DatePreset.CUSTOM) {
                return;
            }
            restoring = true;
            LocalDate today = JakartaTime.today(clock);
            from.setValue(e.getValue() == DatePreset.ANY ? null : e.getValue().from(today));
            to.setValue(e.getValue() == DatePreset.ANY ? null : today);
            restoring = false;
            filtersChanged();
        });
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(datePickerI18n(getLocale()));
            picker.setLocale(getLocale());
            picker.setClearButtonVisible(true);
            picker.addClassName("orderan-date");
            picker.addValueChangeListener(e -> {
                if (!restoring) {
                    restoring = true;
                    datePreset.setValue(from.isEmpty() && to.isEmpty() ? DatePreset.ANY : DatePreset.CUSTOM);
                    restoring = false;
                    filtersChanged();
                }
            });
        }
        from.setPlaceholder(getTranslation("orders.filter.from"));
        to.setPlaceholder(getTranslation("orders.filter.to"));
        from.setAriaLabel(getTranslation("orders.filter.from"));
        to.setAriaLabel(getTranslation("orders.filter.to"));

        reset.setText(getTranslation("orders.filter.reset"));
        reset.setIcon(VaadinIcon.CLOSE_SMALL.create());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> resetFilters());

        unprinted.setLabel(getTranslation("orders.filter.unprinted"));
        unprinted.setId("filter-unprinted");
        unprinted.addValueChangeListener(e -> filtersChanged());

        notFollowedUp.setLabel(getTranslation("orders.filter.not-followed-up"));
        notFollowedUp.setTooltipText(getTranslation("orders.filter.not-followed-up.tooltip"));
        notFollowedUp.setId("filter-not-followed-up");
        notFollowedUp.addValueChangeListener(e -> filtersChanged());
        // the Cancel and Retur lists hold no unpaid orders, and the warehouse does not follow up
        notFollowedUp.setVisible(fixedStatuses.isEmpty() && actions.maySeeMoney());

        codOnly.setLabel(getTranslation("orders.filter.cod"));
        codOnly.setTooltipText(getTranslation("orders.filter.cod.tooltip"));
        codOnly.setId("filter-cod");
        codOnly.addValueChangeListener(e -> filtersChanged());

        var toolbar = new FlexLayout(search, categories, sources, datePreset, from, to, unprinted, notFollowedUp,
                codOnly, reset);
        toolbar.addClassName("orderan-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(Alignment.END);
        toolbar.setWidthFull();
        return toolbar;
    }

    private Tabs tabs() {
        var tabBar = new Tabs();
        tabBar.addClassName("orderan-status-tabs");
        for (OrderTab tab : OrderTab.values()) {
            var count = new Span("0");
            count.addClassName("orderan-tab-count");
            var component = new Tab(new Span(getTranslation(tab.labelKey())), count);
            component.setId("tab-" + tab.slug());
            tabComponents.put(tab, component);
            tabCounts.put(tab, count);
            tabBar.add(component);
        }
        tabBar.addSelectedChangeListener(e -> {
            if (!restoring) {
                updateUrl(true);
                reload();
            }
        });
        tabBar.setWidthFull();
        return tabBar;
    }

    /** The Action column's button. */
    com.vaadin.flow.component.dialog.Dialog openActions(id.orderan.order.OrderRow row) {
        return actions.openMenu(row.orderNumber(), this::refreshLive);
    }

    /** The WhatsApp or email icon of the Follow Up column. */
    com.vaadin.flow.component.dialog.@org.jspecify.annotations.Nullable Dialog openFollowUp(id.orderan.order.OrderRow row,
            id.orderan.order.OrderFollowUps.Channel channel) {
        return actions.openFollowUp(row.orderNumber(), channel, this::refreshLive);
    }

    /** A click on a Konfirmasi badge. */
    com.vaadin.flow.component.dialog.@org.jspecify.annotations.Nullable Dialog openConfirmation(
            id.orderan.order.OrderRow row) {
        return actions.openConfirmation(row.orderNumber(), this::refreshLive);
    }

    /** With orders ticked: what can be done to all of them at once (by this user's role). */
    private void bulkBar() {
        // in the grid's default order (newest first), which is also the order documents print in
        var selected = grid.getSelectedItems().stream()
                .sorted(java.util.Comparator.comparing(id.orderan.order.OrderRow::createdAt)
                        .thenComparing(id.orderan.order.OrderRow::id).reversed())
                .map(id.orderan.order.OrderRow::orderNumber).toList();
        bulk.removeAll();
        bulk.setVisible(!selected.isEmpty());
        if (selected.isEmpty()) {
            return;
        }
        bulk.add(new Span(getTranslation("orders.selected", selected.size())));
        Runnable done = () -> {
            grid.deselectAll();
            refreshLive();
        };
        if (actions.mayCancelOrRetur()) {
            bulk.add(bulkButton("bulk-cancel", "orders.bulk.cancel", () -> actions.reasonDialog(false, selected, done)));
            bulk.add(bulkButton("bulk-retur", "orders.bulk.retur", () -> actions.reasonDialog(true, selected, done)));
        }
        if (actions.mayMarkDelivered()) {
            bulk.add(bulkButton("bulk-delivered", "orders.bulk.delivered", () -> actions.delivered(selected, done)));
        }
        bulk.add(bulkButton("bulk-labels", "orders.bulk.labels", () -> actions.printLabels(selected, done)));
        if (actions.maySeeMoney()) {
            bulk.add(bulkButton("bulk-invoices", "orders.bulk.invoices", () -> actions.printInvoices(selected, done)));
            bulk.add(bulkButton("bulk-invoices-labels", "orders.bulk.invoices-labels",
                    () -> actions.printInvoicesAndLabels(selected, done)));
            bulk.add(bulkButton("bulk-email", "orders.bulk.email", () -> actions.bulkEmail(selected, this::refreshLive)));
            bulk.add(bulkButton("bulk-whatsapp", "orders.bulk.whatsapp",
                    () -> actions.whatsAppQueue(selected, this::refreshLive)));
        }
    }

    private com.vaadin.flow.component.button.Button bulkButton(String id, String key, Runnable action) {
        var button = new com.vaadin.flow.component.button.Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    // ---- state -------------------------------------------------------------------------------

    OrderTab selectedTab() {
        if (tabs == null) {
            return OrderTab.SEMUA;
        }
        return tabComponents.entrySet().stream().filter(e -> e.getValue() == tabs.getSelectedTab())
                .map(Map.Entry::getKey).findFirst().orElse(OrderTab.SEMUA);
    }

    void selectTab(OrderTab tab) {
        if (tabs != null) {
            tabs.setSelectedTab(tabComponents.get(tab));
        }
    }

    long tabCount(OrderTab tab) {
        return Long.parseLong(tabCounts.get(tab).getText().replace(".", ""));
    }

    private Set<OrderStatus> listedStatuses() {
        return fixedStatuses.isEmpty() ? selectedTab().statuses() : fixedStatuses;
    }

    private OrderFilter currentFilter() {
        return new OrderFilter(Set.of(), search.getValue(), categories.getValue(), sources.getValue(),
                from.getValue(), to.getValue(), unprinted.getValue(), notFollowedUp.getValue(), codOnly.getValue());
    }

    /** Ekspor: exactly the rows, order and (for this user) columns the screen shows now. */
    private ExportSource currentView() {
        OrderFilter view = currentFilter().withStatuses(listedStatuses());
        OrderSort sort = OrderGrid.toOrderSort(grid.getDataCommunicator().getBackEndSorting());
        String name = (fixedStatuses.isEmpty() ? "order-" + selectedTab().slug() : route.replace('/', '-')) + "-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                        .format(java.time.ZonedDateTime.now(clock.withZone(JakartaTime.ZONE)));
        return new OrderExportSource(exports, view, sort, getLocale(), name, getTranslation(titleKey));
    }

    private boolean anyFilter() {
        return !currentFilter().equals(OrderFilter.all());
    }

    private void filtersChanged() {
        if (!restoring) {
            updateUrl(false);
            reload();
        }
    }

    private void resetFilters() {
        restoring = true;
        search.clear();
        categories.clear();
        sources.clear();
        datePreset.setValue(DatePreset.ANY);
        from.clear();
        to.clear();
        unprinted.clear();
        notFollowedUp.clear();
        codOnly.clear();
        restoring = false;
        filtersChanged();
    }

    /** One counts query feeds every tab label and the grid's row count. */
    void reload() {
        OrderFilter filter = currentFilter();
        StatusCounts counts = queries.counts(filter);
        showCounts(counts);
        grid.setEmptyStateText(getTranslation(anyFilter() ? "orders.empty.filtered" : "orders.empty"));
        reset.setEnabled(anyFilter());
        grid.show(filter.withStatuses(listedStatuses()), counts.sum(listedStatuses()));
    }

    /** Live update: new counts and the rows in view, keeping scroll position and selection. */
    void refreshLive() {
        StatusCounts counts = queries.counts(currentFilter());
        showCounts(counts);
        grid.refresh(counts.sum(listedStatuses()));
    }

    private void showCounts(StatusCounts counts) {
        tabCounts.forEach((tab, label) -> label.setText(Rupiah.digits(counts.sum(tab.statuses()))));
        total.setText(getTranslation("orders.count", counts.sum(listedStatuses())));
    }

    // ---- URL ---------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            selectTab(first(params, P_TAB).flatMap(OrderTab::fromSlug).orElse(OrderTab.SEMUA));
            search.setValue(first(params, P_SEARCH).orElse(""));
            categories.setValue(enums(params, P_CATEGORY, CustomerCategory.class));
            sources.setValue(enums(params, P_SOURCE, OrderSource.class));
            restoreDates(params);
            restoreSort(first(params, P_SORT).orElse(""));
            unprinted.setValue(first(params, P_UNPRINTED).isPresent());
            notFollowedUp.setValue(notFollowedUp.isVisible() && first(params, P_NOT_FOLLOWED_UP).isPresent());
            codOnly.setValue(first(params, P_COD).isPresent());
        } finally {
            restoring = false;
        }
        reload();
    }

    /**
     * A preset (Hari ini, 7/30 hari, Bulan ini) is evaluated today, whenever the link was saved;
     * only a custom range keeps the dates it carries.
     *
     * @see <a href="../../../../../../../docs/decisions/0081-date-presets-in-links.md">0081 presets in links</a>
     */
    private void restoreDates(Map<String, List<String>> params) {
        Optional<DatePreset> preset = first(params, P_DATE).flatMap(AbstractOrderListView::preset)
                .filter(DatePreset::hasRange);
        if (preset.isPresent()) {
            LocalDate today = JakartaTime.today(clock);
            from.setValue(preset.get().from(today));
            to.setValue(today);
            datePreset.setValue(preset.get());
            return;
        }
        from.setValue(first(params, P_FROM).map(AbstractOrderListView::date).orElse(null));
        to.setValue(first(params, P_TO).map(AbstractOrderListView::date).orElse(null));
        datePreset.setValue(from.isEmpty() && to.isEmpty() ? DatePreset.ANY : DatePreset.CUSTOM);
    }

    QueryParameters queryParameters() {
        Map<String, List<String>> params = new HashMap<>();
        if (selectedTab() != OrderTab.SEMUA) {
            params.put(P_TAB, List.of(selectedTab().slug()));
        }
        if (!search.getValue().isBlank()) {
            params.put(P_SEARCH, List.of(search.getValue().trim()));
        }
        if (!categories.getValue().isEmpty()) {
            params.put(P_CATEGORY, List.of(slugs(categories.getValue())));
        }
        if (!sources.getValue().isEmpty()) {
            params.put(P_SOURCE, List.of(slugs(sources.getValue())));
        }
        DatePreset preset = datePreset.getValue();
        if (preset != null && preset.hasRange()) {
            // the preset alone: dates written here would go stale in a saved link
            params.put(P_DATE, List.of(preset.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        } else {
            if (from.getValue() != null) {
                params.put(P_FROM, List.of(from.getValue().toString()));
            }
            if (to.getValue() != null) {
                params.put(P_TO, List.of(to.getValue().toString()));
            }
        }
        if (unprinted.getValue()) {
            params.put(P_UNPRINTED, List.of("1"));
        }
        if (notFollowedUp.getValue()) {
            params.put(P_NOT_FOLLOWED_UP, List.of("1"));
        }
        if (codOnly.getValue()) {
            params.put(P_COD, List.of("1"));
        }
        OrderSort sort = OrderGrid.toOrderSort(grid.getDataCommunicator().getBackEndSorting());
        if (!sort.equals(OrderSort.newestFirst())) {
            params.put(P_SORT, List.of(sort.field().name().toLowerCase(Locale.ROOT) + (sort.ascending() ? "-asc" : "-desc")));
        }
        return new QueryParameters(params);
    }

    /** Tab changes push a history entry (Back returns to the previous tab); typing only replaces it. */
    private void updateUrl(boolean newHistoryEntry) {
        getUI().ifPresent(ui -> {
            Location location = new Location(route, queryParameters());
            if (newHistoryEntry) {
                ui.getPage().getHistory().pushState((BaseJsonNode) null, location);
            } else {
                ui.getPage().getHistory().replaceState((BaseJsonNode) null, location);
            }
        });
    }

    private void restoreSort(String value) {
        String[] parts = value.split("-");
        if (parts.length != 2) {
            grid.sort(List.of());
            return;
        }
        Stream.of(OrderSort.Field.values()).filter(f -> f.name().equalsIgnoreCase(parts[0])).findFirst()
                .map(field -> grid.getColumns().stream()
                        .filter(c -> field.name().equals(c.getSortOrder(SortDirection.ASCENDING)
                                .findFirst().map(o -> o.getSorted()).orElse(null)))
                        .findFirst().orElse(null))
                .ifPresentOrElse(column -> grid.sort(List.of(new GridSortOrder<>(column,
                                "asc".equals(parts[1]) ? SortDirection.ASCENDING : SortDirection.DESCENDING))),
                        () -> grid.sort(List.of()));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).flatMap(values -> values.stream().findFirst())
                .filter(value -> !value.isBlank());
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> params, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        first(params, name).ifPresent(list -> Arrays.stream(list.split(",")).forEach(slug -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(slug.trim())) {
                    values.add(constant);
                }
            }
        }));
        return values;
    }

    private static String slugs(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(","));
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null; // a mangled link shows everything rather than an error
        }
    }

    private static Optional<DatePreset> preset(String value) {
        return Stream.of(DatePreset.values()).filter(p -> p.name().replace('_', '-').equalsIgnoreCase(value)).findFirst();
    }

    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        var symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(shortWeekdays)
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel"));
    }

    // ---- live --------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent event) {
        pushRegistration = broadcaster.register(event.getUI(), this::refreshLive);
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
