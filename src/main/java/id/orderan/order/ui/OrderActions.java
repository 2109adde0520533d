package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.order.OrderActionContext;
import id.orderan.order.OrderFollowUps;
import id.orderan.order.OrderHeading;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderStatus;
import id.orderan.order.OrderTransitions;
import id.orderan.security.Permissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * What can be done to an order from List Order and the detail view: the Aksi menu (large buttons,
 * tablet friendly), the confirmation popup and the bulk actions. Only the moves the user's role may
 * make are offered; the services refuse the rest anyway.
 * <p>
 * The order screens' own actions are built here ({@link Action}); payment, shipping and followup
 * contribute theirs as {@link OrderAction} and {@link BulkOrderAction} beans, merged by
 * {@link OrderAction#position()}: detail 10, edit 20, (check confirmation 30), COD 40, (payment 50,
 * upload confirmation 60, resi 70, delivered 80), label 90, invoice 100, cancel 110, retur 120,
 * COD refused 130, (follow-ups 200+).
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
@Component
@Scope("prototype")
class OrderActions {

    /** The order screens' own actions; the ones contributed by other features are {@link OrderAction} beans. */
    enum Action {
        DETAIL(10), EDIT(20), PROSES_COD(40), PRINT_LABEL(90), PRINT_INVOICE(100), CANCEL(110), RETUR(120),
        COD_REFUSED(130);

        private final int position;

        Action(int position) {
            this.position = position;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The action ids the confirmation popup and the bulk bar run; their contributors may be absent. */
    static final String CHECK_CONFIRMATION = "check-confirmation";
    static final String DELIVERED = "delivered";
    static final String BULK_EMAIL = "email";
    static final String BULK_WHATSAPP = "whatsapp";

    private final OrderService orders;
    private final OrderQueryService queries;
    private final Permissions permissions;
    private final OrderMoveDialogs moves;
    private final OrderPrints prints;
    private final List<OrderAction> contributed;
    private final List<BulkOrderAction> bulkActions;
    private final Optional<OrderFollowUps> followUps;

    OrderActions(OrderService orders, OrderQueryService queries, Permissions permissions, OrderMoveDialogs moves, OrderPrints prints,
            List<OrderAction> contributed, List<BulkOrderAction> bulkActions, Optional<OrderFollowUps> followUps) {
        this.moves = moves;
        this.prints = prints;
        this.permissions = permissions;
        this.orders = orders;
        this.queries = queries;
        this.contributed = List.copyOf(contributed);
        this.bulkActions = List.copyOf(bulkActions);
        this.followUps = followUps;
    }

    /** What the current user may do to an order in this status (a COD order or not). */
    OrderActionContext context(OrderStatus status, boolean cod) {
        return new OrderActionContext(status, cod, orders.movesFor(status), maySeeMoney(), mayMarkDelivered());
    }

    /** The actions this user may take on an order in this status (a COD order or not), in menu order. */
    List<OrderAction> available(OrderStatus status, boolean cod) {
        OrderActionContext context = context(status, cod);
        List<OrderAction> all = new ArrayList<>(own());
        all.addAll(contributed);
        return all.stream().filter(action -> action.appliesTo(context))
                .sorted(Comparator.comparingInt(OrderAction::position)).toList();
    }

    /** The actions of one order shown in {@code place}, in menu order. */
    List<OrderAction> available(OrderStatus status, boolean cod, OrderAction.Place place) {
        return available(status, cod).stream().filter(action -> action.places().contains(place)).toList();
    }

    private List<OrderAction> own() {
        return List.of(
                own(Action.DETAIL, VaadinIcon.FILE_TEXT_O, c -> true, (number, refresh) -> {
                    UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", number));
                    return null;
                }),
                own(Action.EDIT, VaadinIcon.EDIT, c -> c.maySeeMoney() && c.status() != OrderStatus.CANCEL
                        && c.status() != OrderStatus.RETUR && c.status() != OrderStatus.SUKSES, (number, refresh) -> {
                    UI.getCurrent().navigate(OrderFormView.class, new RouteParameters("number", number));
                    return null;
                }),
                own(Action.PROSES_COD, VaadinIcon.CASH, c -> OrderTransitions.processesCod(c.status(), c.cod())
                        && c.mayMove(OrderStatus.SEDANG_DIPROSES), (number, refresh) -> {
                    processCod(number, refresh);
                    return null;
                }),
                own(Action.PRINT_LABEL, VaadinIcon.BARCODE, c -> true, (number, refresh) -> {
                    printLabels(List.of(number), refresh);
                    return null;
                }),
                own(Action.PRINT_INVOICE, VaadinIcon.PRINT, OrderActionContext::maySeeMoney,
                        (number, refresh) -> invoiceNoteDialog(number, refresh)),
                own(Action.CANCEL, VaadinIcon.BAN, c -> c.mayMove(OrderStatus.CANCEL),
                        (number, refresh) -> reasonDialog(false, List.of(number), refresh)),
                own(Action.RETUR, VaadinIcon.REPLY, c -> c.mayMove(OrderStatus.RETUR),
                        (number, refresh) -> reasonDialog(true, List.of(number), refresh)),
                own(Action.COD_REFUSED, VaadinIcon.ARROW_BACKWARD, c -> OrderTransitions.refusesCod(c.status(), c.cod())
                        && c.mayMove(OrderStatus.RETUR), (number, refresh) -> codRefusedDialog(number, refresh)));
    }

    private static OrderAction own(Action action, VaadinIcon icon, Predicate<OrderActionContext> applies,
            BiFunction<String, Runnable, @Nullable Dialog> open) {
        return new Own(action, icon, applies, open);
    }

    /**
     * One of the order screens' own actions; a DETAIL button is pointless on the detail view itself. Each
     * needs only the order's number ({@code opener}), so the Aksi menu runs them without reading the order.
     */
    private record Own(Action action, VaadinIcon icon, Predicate<OrderActionContext> applies,
            BiFunction<String, Runnable, @Nullable Dialog> opener) implements OrderAction {

        @Override
        public String id() {
            return action.id();
        }

        @Override
        public int position() {
            return action.position;
        }

        @Override
        public Set<Place> places() {
            return action == Action.DETAIL ? Set.of(Place.MENU) : Set.of(Place.MENU, Place.DETAIL);
        }

        @Override
        public boolean appliesTo(OrderActionContext context) {
            return applies.test(context);
        }

        @Override
        public @Nullable Dialog open(OrderSheet order, Runnable refresh) {
            return opener.apply(order.orderNumber(), refresh);
        }
    }

    /**
     * The Aksi menu of one order. It reads only the order's number, status and COD flag; the chosen
     * action reads the order when it needs more (the contributed ones get the sheet, as on the detail view).
     */
    Dialog openMenu(String orderNumber, Runnable refresh) {
        OrderHeading order = queries.heading(orderNumber);
        Dialog menu = Forms.dialog(menuTitle(order));
        menu.setCloseOnOutsideClick(true);
        var buttons = new VerticalLayout();
        buttons.setPadding(false);
        for (OrderAction action : available(order.status(), order.cod(), OrderAction.Place.MENU)) {
            Button button = new Button(menu.getTranslation(action.labelKey()), action.icon().create());
            button.setWidthFull();
            button.addThemeName("large");
            button.setId("action-" + action.id());
            button.addClickListener(e -> {
                menu.close();
                run(action, order.orderNumber(), refresh);
            });
            buttons.add(button);
        }
        menu.add(buttons);
        menu.open();
        return menu;
    }

    /** {@code order}: as the current user may see it; dialogs about money read the full order themselves. */
    @Nullable Dialog run(OrderAction action, OrderSheet order, Runnable refresh) {
        return open(action.open(order, refresh));
    }

    /** {@link #run(OrderAction, OrderSheet, Runnable)} by number: reads the sheet only for an action that needs it. */
    @Nullable Dialog run(OrderAction action, String orderNumber, Runnable refresh) {
        if (action instanceof Own own) {
            return open(own.opener().apply(orderNumber, refresh));
        }
        return run(action, queries.sheet(orderNumber), refresh);
    }

    private static @Nullable Dialog open(@Nullable Dialog dialog) {
        if (dialog != null && !dialog.isOpened()) {
            dialog.open();
        }
        return dialog;
    }

    /** A Follow Up button of List Order: the followup feature's action of that channel. */
    @Nullable Dialog openFollowUp(String orderNumber, OrderFollowUps.Channel channel, Runnable refresh) {
        return contributed(channel.actionId())
                .map(action -> run(action, queries.sheet(orderNumber), refresh)).orElse(null);
    }

    @Nullable Dialog bulkEmail(List<String> orderNumbers, Runnable refresh) {
        return bulk(BULK_EMAIL, orderNumbers, refresh);
    }

    @Nullable Dialog whatsAppQueue(List<String> orderNumbers, Runnable refresh) {
        return bulk(BULK_WHATSAPP, orderNumbers, refresh);
    }

    Map<Long, OrderFollowUps.Summary> followUpSummaries(List<Long> orderIds) {
        return maySeeMoney() && followUps.isPresent() ? followUps.get().summaries(orderIds) : Map.of();
    }

    /** A Konfirmasi badge click: the popup shows amounts and bank details, so not for the warehouse. */
    @Nullable Dialog openConfirmation(String orderNumber, Runnable refresh) {
        if (!maySeeMoney()) {
            return null;
        }
        return contributed(CHECK_CONFIRMATION).map(action -> run(action, queries.sheet(orderNumber), refresh))
                .orElse(null);
    }

    private Optional<OrderAction> contributed(String id) {
        return contributed.stream().filter(action -> action.id().equals(id)).findFirst();
    }

    private @Nullable Dialog bulk(String id, List<String> orderNumbers, Runnable refresh) {
        return bulkActions.stream().filter(action -> action.id().equals(id))
                .filter(action -> action.allowed(maySeeMoney(), mayMarkDelivered())).findFirst()
                .map(action -> {
                    Dialog dialog = action.open(orderNumbers, refresh);
                    if (dialog != null && !dialog.isOpened()) {
                        dialog.open();
                    }
                    return dialog;
                }).orElse(null);
    }

    ReasonDialog reasonDialog(boolean retur, List<String> orderNumbers, Runnable refresh) {
        return moves.reasonDialog(retur, orderNumbers, refresh);
    }

    void processCod(String orderNumber, Runnable refresh) {
        moves.processCod(orderNumber, refresh);
    }

    Dialog codRefusedDialog(String orderNumber, Runnable refresh) {
        return moves.codRefusedDialog(orderNumber, refresh);
    }

    /** "Sudah Diterima" for the ticked orders: the shipping feature's bulk action. */
    void delivered(List<String> orderNumbers, Runnable refresh) {
        bulk(DELIVERED, orderNumbers, refresh);
    }

    void printLabels(List<String> orderNumbers, Runnable refresh) {
        prints.labels(orderNumbers, refresh);
    }

    void printInvoicesAndLabels(List<String> orderNumbers, Runnable refresh) {
        prints.invoicesAndLabels(orderNumbers, refresh);
    }

    void printInvoices(List<String> orderNumbers, Runnable refresh) {
        prints.invoices(orderNumbers, refresh);
    }

    Dialog invoiceNoteDialog(String orderNumber, Runnable refresh) {
        return prints.invoiceNoteDialog(orderNumber, refresh);
    }

    boolean maySeeMoney() {
        return permissions.maySeeMoney();
    }

    boolean mayCancelOrRetur() {
        return permissions.mayCancelOrRetur();
    }

    boolean mayMarkDelivered() {
        return permissions.mayShip();
    }

    private static Object[] translated(Object[] args) {
        return UiErrorHandler.translatedArgs(UI.getCurrent(), args);
    }

    private String menuTitle(OrderHeading order) {
        return order.orderNumber() + " · " + UI.getCurrent().getTranslation(order.status().labelKey());
    }
}
