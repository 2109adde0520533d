package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.followup.FollowUpChannel;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpSummary;
import id.orderan.followup.ui.FollowUpDialog;
import id.orderan.order.InvoiceNotes;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderStatus;
import id.orderan.order.OrderSheet;
import id.orderan.order.OrderTransitions;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ui.ConfirmPaymentDialog;
import id.orderan.payment.ui.PaymentDialog;
import id.orderan.payment.ui.SubmitConfirmationDialog;
import id.orderan.security.CurrentUser;
import id.orderan.security.Role;
import id.orderan.shipping.ShippingService;
import id.orderan.shipping.ui.ResiDialog;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * What can be done to an order from List Order and the detail view: the Aksi menu (large buttons,
 * tablet friendly), the confirmation popup and the bulk actions. Only the moves the user's role may
 * make are offered; the services refuse the rest anyway.
 */
@Component
@Scope("prototype")
class OrderActions {

    enum Action {
        DETAIL, EDIT, PROSES_COD, PAYMENT, SUBMIT_CONFIRMATION, CHECK_CONFIRMATION, RESI, DELIVERED, PRINT_LABEL,
        PRINT_INVOICE, CANCEL, RETUR, COD_REFUSED
    }

    private final OrderService orders;
    private final OrderQueryService queries;
    private final PaymentService payments;
    private final ShippingService shipping;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final FollowUpService followUps;
    private final InvoiceNotes invoiceNotes;

    OrderActions(OrderService orders, OrderQueryService queries, PaymentService payments, ShippingService shipping,
            Clock clock, CurrentUser currentUser, FollowUpService followUps, InvoiceNotes invoiceNotes) {
        this.invoiceNotes = invoiceNotes;
        this.currentUser = currentUser;
        this.followUps = followUps;
        this.orders = orders;
        this.queries = queries;
        this.payments = payments;
        this.shipping = shipping;
        this.clock = clock;
    }

    /** The actions this user may take on an order in this status (a COD order or not), in menu order. */
    List<Action> available(OrderStatus status, boolean cod) {
        Set<OrderStatus> moves = orders.movesFor(status);
        boolean money = maySeeMoney();
        boolean warehouse = mayMarkDelivered();
        List<Action> actions = new ArrayList<>(List.of(Action.DETAIL));
        if (money && status != OrderStatus.CANCEL && status != OrderStatus.RETUR && status != OrderStatus.SUKSES) {
            actions.add(Action.EDIT);
        }
        if (status == OrderStatus.KONFIRMASI && money) {
            actions.add(Action.CHECK_CONFIRMATION);
        }
        if (OrderTransitions.processesCod(status, cod) && moves.contains(OrderStatus.SEDANG_DIPROSES)) {
            actions.add(Action.PROSES_COD);
        }
        if (PaymentService.acceptsPayment(status) && moves.contains(OrderStatus.SEDANG_DIPROSES)) {
            actions.add(Action.PAYMENT);
        }
        if (moves.contains(OrderStatus.KONFIRMASI)) {
            actions.add(Action.SUBMIT_CONFIRMATION);
        }
        if (moves.contains(OrderStatus.PROSES_PENGIRIMAN) || (status == OrderStatus.PROSES_PENGIRIMAN && warehouse)) {
            actions.add(Action.RESI);
        }
        if (moves.contains(OrderStatus.SUKSES)) {
            actions.add(Action.DELIVERED);
        }
        actions.add(Action.PRINT_LABEL);
        if (money) {
            actions.add(Action.PRINT_INVOICE);
        }
        if (moves.contains(OrderStatus.CANCEL)) {
            actions.add(Action.CANCEL);
        }
        if (moves.contains(OrderStatus.RETUR)) {
            actions.add(Action.RETUR);
        }
        if (OrderTransitions.refusesCod(status, cod) && moves.contains(OrderStatus.RETUR)) {
            actions.add(Action.COD_REFUSED);
        }
        return actions;
    }

    /** The Aksi menu of one order. */
    Dialog openMenu(String orderNumber, Runnable refresh) {
        OrderSheet order = queries.sheet(orderNumber);
        Dialog menu = Forms.dialog(menuTitle(order));
        menu.setCloseOnOutsideClick(true);
        var buttons = new VerticalLayout();
        buttons.setPadding(false);
        for (Action action : available(order.status(), order.cod())) {
            Button button = new Button(menu.getTranslation("order-action." + action.name().toLowerCase().replace('_', '-')),
                    icon(action).create());
            button.setWidthFull();
            button.addThemeName("large");
            button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
            button.addClickListener(e -> {
                menu.close();
                run(action, order, refresh);
            });
            buttons.add(button);
        }
        menu.add(buttons);
        menu.open();
        return menu;
    }

    /** {@code order}: as the current user may see it; dialogs about money read the full order themselves. */
    Dialog run(Action action, OrderSheet order, Runnable refresh) {
        Dialog dialog = switch (action) {
            case DETAIL -> {
                UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.orderNumber()));
                yield null;
            }
            case EDIT -> {
                UI.getCurrent().navigate(OrderFormView.class, new RouteParameters("number", order.orderNumber()));
                yield null;
            }
            case PROSES_COD -> {
                processCod(order.orderNumber(), refresh);
                yield null;
            }
            case COD_REFUSED -> codRefusedDialog(order.orderNumber(), refresh);
            case PAYMENT -> new PaymentDialog(payments, queries.getByNumber(order.orderNumber()), JakartaTime.today(clock),
                    refresh);
            case SUBMIT_CONFIRMATION -> new SubmitConfirmationDialog(payments, queries.getByNumber(order.orderNumber()),
                    JakartaTime.today(clock), refresh);
            case CHECK_CONFIRMATION -> new ConfirmPaymentDialog(payments, queries.getByNumber(order.orderNumber()), refresh);
            case RESI -> new ResiDialog(shipping, order, refresh);
            case DELIVERED -> {
                delivered(List.of(order.orderNumber()), refresh);
                yield null;
            }
            case PRINT_LABEL -> {
                printLabels(List.of(order.orderNumber()), refresh);
                yield null;
            }
            case PRINT_INVOICE -> invoiceNoteDialog(order.orderNumber(), refresh);
            case CANCEL -> reasonDialog(false, List.of(order.orderNumber()), refresh);
            case RETUR -> reasonDialog(true, List.of(order.orderNumber()), refresh);
        };
        if (dialog != null) {
            dialog.open();
        }
        return dialog;
    }

    Dialog openFollowUp(String orderNumber, FollowUpChannel channel, Runnable refresh) {
        var dialog = new FollowUpDialog(followUps, orderNumber, channel, refresh);
        dialog.open();
        return dialog;
    }

    Dialog bulkEmail(List<String> orderNumbers, Runnable refresh) {
        var dialog = new id.orderan.followup.ui.BulkEmailDialog(followUps, orderNumbers, refresh);
        dialog.open();
        return dialog;
    }

    Dialog whatsAppQueue(List<String> orderNumbers, Runnable refresh) {
        var dialog = new id.orderan.followup.ui.WhatsAppQueueDialog(followUps, orderNumbers, refresh);
        dialog.open();
        return dialog;
    }

    java.util.Map<Long, FollowUpSummary> followUpSummaries(List<Long> orderIds) {
        return maySeeMoney() ? followUps.summaries(orderIds) : java.util.Map.of();
    }

    /** A Konfirmasi badge click: the popup shows amounts and bank details, so not for the warehouse. */
    @org.jspecify.annotations.Nullable Dialog openConfirmation(String orderNumber, Runnable refresh) {
        if (!maySeeMoney()) {
            return null;
        }
        return run(Action.CHECK_CONFIRMATION, queries.sheet(orderNumber), refresh);
    }

    ReasonDialog reasonDialog(boolean retur, List<String> orderNumbers, Runnable refresh) {
        var dialog = new ReasonDialog(retur, orderNumbers, (reason, restock) -> {
            try {
                if (retur) {
                    orders.retur(orderNumbers, reason, restock);
                } else {
                    orders.cancel(orderNumbers, reason);
                }
                Notifications.success(UI.getCurrent().getTranslation(retur ? "retur.done" : "cancel.done",
                        orderNumbers.size()));
                refresh.run();
                return true;
            } catch (BusinessException e) {
                Notifications.error(UI.getCurrent().getTranslation(e.messageKey(),
                        translated(e.args())));
                return false;
            }
        });
        dialog.open();
        return dialog;
    }

    /** "Proses COD": one click, like Sudah Diterima; the service refuses an order that is not COD. */
    void processCod(String orderNumber, Runnable refresh) {
        try {
            orders.processCod(orderNumber);
            Notifications.success(UI.getCurrent().getTranslation("cod.processed", orderNumber));
            refresh.run();
        } catch (BusinessException e) {
            Notifications.error(UI.getCurrent().getTranslation(e.messageKey(), translated(e.args())));
        }
    }

    /** "COD ditolak" asks first: the order leaves for Retur and its stock goes back, no undo. */
    Dialog codRefusedDialog(String orderNumber, Runnable refresh) {
        Dialog dialog = Forms.dialog(UI.getCurrent().getTranslation("cod.refused.title", orderNumber));
        dialog.add(new com.vaadin.flow.component.html.Paragraph(UI.getCurrent().getTranslation("cod.refused.text")));
        Button confirm = Forms.primary(UI.getCurrent().getTranslation("cod.refused.confirm"));
        confirm.setId("cod-refused-confirm");
        confirm.addClickListener(e -> {
            try {
                orders.codRefused(orderNumber);
                dialog.close();
                Notifications.success(UI.getCurrent().getTranslation("cod.refused.done", orderNumber));
                refresh.run();
            } catch (BusinessException ex) {
                Notifications.error(UI.getCurrent().getTranslation(ex.messageKey(), translated(ex.args())));
            }
        });
        Button cancel = Forms.secondary(UI.getCurrent().getTranslation("action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    void delivered(List<String> orderNumbers, Runnable refresh) {
        try {
            shipping.markDelivered(orderNumbers);
            Notifications.success(UI.getCurrent().getTranslation("delivered.done", orderNumbers.size()));
            refresh.run();
        } catch (BusinessException e) {
            Notifications.error(UI.getCurrent().getTranslation(e.messageKey(), translated(e.args())));
        }
    }

    /**
     * Records the print (its own short transaction: the timeline says so, the orders leave "Belum
     * dicetak"), then opens the labels PDF in a new tab, whose GET only renders. The browser's print
     * dialog is one click away there.
     */
    void printLabels(List<String> orderNumbers, Runnable refresh) {
        recordThenOpen(() -> orders.labelsPrinted(orderNumbers), () -> DocumentLinks.labels(orderNumbers), refresh);
    }

    void printInvoicesAndLabels(List<String> orderNumbers, Runnable refresh) {
        recordThenOpen(() -> orders.invoicesPrinted(orderNumbers, true),
                () -> DocumentLinks.invoicesAndLabels(orderNumbers), refresh);
    }

    void printInvoices(List<String> orderNumbers, Runnable refresh) {
        recordThenOpen(() -> orders.invoicesPrinted(orderNumbers, false), () -> DocumentLinks.invoices(orderNumbers),
                refresh);
    }

    /**
     * "Tambah Keterangan": an optional line printed on this invoice only (not saved on the order). The
     * note stays on the server ({@link InvoiceNotes}); the PDF address carries only its token.
     */
    Dialog invoiceNoteDialog(String orderNumber, Runnable refresh) {
        Dialog dialog = Forms.dialog(UI.getCurrent().getTranslation("invoice.note.title", orderNumber));
        var note = new com.vaadin.flow.component.textfield.TextField(UI.getCurrent().getTranslation("invoice.note"));
        note.setWidthFull();
        note.setMaxLength(InvoiceNotes.MAX_LENGTH);
        note.setId("invoice-note");
        Button print = Forms.primary(UI.getCurrent().getTranslation("order-action.print-invoice"));
        print.setId("invoice-print");
        print.addClickListener(e -> {
            String token = note.getValue().isBlank() ? null : invoiceNotes.keep(note.getValue());
            dialog.close();
            recordThenOpen(() -> orders.invoicesPrinted(List.of(orderNumber), false),
                    () -> DocumentLinks.invoice(orderNumber, token), refresh);
        });
        Button cancel = Forms.secondary(UI.getCurrent().getTranslation("action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.add(note);
        dialog.getFooter().add(cancel, print);
        return dialog;
    }

    private static void recordThenOpen(Runnable record, java.util.function.Supplier<String> url, Runnable refresh) {
        try {
            record.run();
        } catch (BusinessException e) {
            Notifications.error(UI.getCurrent().getTranslation(e.messageKey(), translated(e.args())));
            return;
        }
        open(url.get(), refresh);
    }

    private static void open(String url, Runnable refresh) {
        UI.getCurrent().getPage().open(url, "_blank");
        refresh.run();
    }

    boolean maySeeMoney() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CS);
    }

    boolean mayCancelOrRetur() {
        return maySeeMoney();
    }

    boolean mayMarkDelivered() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.GUDANG);
    }

    private static Object[] translated(Object[] args) {
        return UiErrorHandler.translatedArgs(UI.getCurrent(), args);
    }

    private String menuTitle(OrderSheet order) {
        return order.orderNumber() + " · " + UI.getCurrent().getTranslation(order.status().labelKey());
    }

    private static VaadinIcon icon(Action action) {
        return switch (action) {
            case DETAIL -> VaadinIcon.FILE_TEXT_O;
            case EDIT -> VaadinIcon.EDIT;
            case PAYMENT -> VaadinIcon.MONEY;
            case SUBMIT_CONFIRMATION -> VaadinIcon.UPLOAD;
            case CHECK_CONFIRMATION -> VaadinIcon.CHECK_SQUARE_O;
            case RESI -> VaadinIcon.TRUCK;
            case DELIVERED -> VaadinIcon.HOME;
            case PRINT_LABEL -> VaadinIcon.BARCODE;
            case PRINT_INVOICE -> VaadinIcon.PRINT;
            case CANCEL -> VaadinIcon.BAN;
            case RETUR -> VaadinIcon.REPLY;
            case PROSES_COD -> VaadinIcon.CASH;
            case COD_REFUSED -> VaadinIcon.ARROW_BACKWARD;
        };
    }
}
