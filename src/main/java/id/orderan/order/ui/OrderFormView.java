package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.RupiahField;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.OrderEditPolicy;
import id.orderan.order.OrderEditResult;
import id.orderan.order.OrderField;
import id.orderan.order.OrderLine;
import id.orderan.order.OrderQueryService;
import id.orderan.order.CourierService;
import id.orderan.order.OrderService;
import id.orderan.order.SalesOrder;
import id.orderan.order.ShippingDetails;
import id.orderan.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tambah Order (route {@code orders/new}) and Edit ({@code orders/:number/edit}): buyer, ship-to,
 * products, charges and courier, with the totals recalculated as staff type. One {@link Binder} over an
 * {@link OrderDraft} record moves values between the sections and the draft; the total shown is the
 * draft's {@link id.orderan.order.Pricing}, the same rule the saved order applies. Usable on a tablet:
 * one column on narrow screens, large controls.
 */
@Route("orders/new")
@RouteAlias("orders/:number/edit")
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS})
public class OrderFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final OrderQueryService queries;
    private final CustomerService customers;
    private final ProductService products;

    private final OrderCustomerSection buyer;
    private final OrderShipToSection shipTo;
    private final OrderLinesField lines;
    private final OrderChargesSection charges = new OrderChargesSection();
    private final OrderTotals totals = new OrderTotals();
    private final Binder<OrderDraft> binder = new Binder<>(OrderDraft.class);
    /** On an edit: which fields the order's status no longer lets staff change, and why. */
    private final Paragraph lockedHint = new Paragraph();
    private final H2 title = new H2();
    private @Nullable SalesOrder editing;
    /** What other features offer to do with the draft instead of saving it (decision 0141). */
    private final List<OrderDraftAction> draftActions;
    private final CourierService couriers;
    private final HorizontalLayout draftButtons = new HorizontalLayout();

    public OrderFormView(OrderService orders, OrderQueryService queries, CustomerService customers,
            ProductService products, AreaService areas, ObjectProvider<OrderDraftAction> draftActions,
            CourierService couriers) {
        this.orders = orders;
        this.couriers = couriers;
        charges.couriers(couriers.active());
        this.draftActions = draftActions.orderedStream().toList();
        this.queries = queries;
        this.customers = customers;
        this.products = products;
        this.buyer = new OrderCustomerSection(customers, areas);
        this.shipTo = new OrderShipToSection(areas);
        this.lines = new OrderLinesField(products);
        addClassNames("orderan-page", "orderan-order-form");
        setMaxWidth("72rem");
        title.setText(getTranslation("order.form.title"));
        lockedHint.setId("order-locked-hint");
        lockedHint.setVisible(false);
        buyer.customer.addValueChangeListener(e -> {
            if (e.isFromClient() || editing == null) {
                shipToBuyer(e.getValue());
            }
        });
        bind();
        binder.addValueChangeListener(e -> showTotals());
        add(title, lockedHint, buyer, shipTo, lines, charges, totals, actions());
        binder.readRecord(OrderDraft.empty());
        showTotals();
    }

    private void bind() {
        binder.forField(buyer.customer).bind("customer");
        binder.forField(buyer.senderName).bind("senderName");
        binder.forField(buyer.senderPhone).bind("senderPhone");
        binder.forField(shipTo.recipientName).bind("recipientName");
        binder.forField(shipTo.recipientPhone).bind("recipientPhone");
        binder.forField(shipTo.shipTo).bind("shipTo");
        binder.forField(lines).bind("lines");
        money(charges.discount, "discount");
        binder.forField(charges.discountUnit).bind("discountUnit");
        money(charges.shippingCost, "shippingCost");
        money(charges.insurance, "insurance");
        money(charges.otherFee, "otherFee");
        binder.forField(charges.uniqueCode).withConverter(
                v -> Objects.requireNonNullElse(v, 0), v -> v).bind("uniqueCode");
        binder.forField(charges.courierService).bind("courierService");
        binder.forField(charges.cod).bind("cod");
        binder.forField(charges.note).bind("note");
    }

    /** An empty money field is Rp 0; what is not an amount is refused by the field's own validator. */
    private void money(RupiahField field, String property) {
        binder.forField(field).withConverter(
                v -> Objects.requireNonNullElse(v, 0L), v -> v).bind(property);
    }

    private HorizontalLayout actions() {
        var save = new Button(getTranslation("order.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("order-save");
        var back = new Button(getTranslation("action.back"), e -> getUI().ifPresent(ui -> ui.navigate(OrderListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        draftActions.forEach(action -> {
            var button = new Button(getTranslation(action.labelKey()), e -> offer(action));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.setId("draft-" + action.id());
            draftButtons.add(button);
        });
        draftButtons.setPadding(false);
        draftButtons.setVisible(!draftActions.isEmpty());
        var row = new HorizontalLayout(back, save, draftButtons);
        row.setWrap(true);
        return row;
    }

    /** Hands the draft as it stands to a contributed action; the form keeps its values. */
    private void offer(OrderDraftAction action) {
        OrderDraft draft = draft().orElse(null);
        if (draft == null) {
            return; // the field with bad input shows why
        }
        if (draft.priced().isEmpty()) {
            Notifications.error(getTranslation("error.order.no-lines"));
            return;
        }
        action.open(draft.content(charges.courierName(null)));
    }

    private void showTotals() {
        draft().ifPresent(draft -> totals.show(draft.totals()));
    }

    /** The form as a draft, or nothing while a field holds input that is not a value (it says why). */
    private Optional<OrderDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private void shipToBuyer(@Nullable Customer chosen) {
        shipTo.shipToBuyer(chosen);
        if (chosen != null && chosen.getCategory() == CustomerCategory.DROPSHIPPER) {
            buyer.senderName.setValue(Objects.requireNonNullElse(chosen.getDropshipName(), ""));
            buyer.senderPhone.setValue(chosen.getDropshipPhone() == null ? ""
                    : PhoneNumber.display(chosen.getDropshipPhone()));
        }
    }

    private void save() {
        Customer customer = buyer.customer.getValue();
        if (customer == null) {
            buyer.customer.setInvalid(true);
            buyer.customer.setErrorMessage(getTranslation("order.form.customer-required"));
            return;
        }
        OrderDraft draft = draft().orElse(null);
        if (draft == null) {
            return; // the field with bad input shows why
        }
        if (draft.priced().isEmpty()) {
            Notifications.error(getTranslation("error.order.no-lines"));
            return;
        }
        var command = draft.toCommand(customer.getId(), charges.courierName(editing));
        var shipping = new ShippingDetails(draft.recipientName(), draft.recipientPhone(), draft.shipTo());
        SalesOrder current = editing;
        if (current == null) {
            saved(Forms.attempt(this, () -> orders.create(command, shipping)));
            return;
        }
        OrderEditResult result = Forms.attempt(this, () -> orders.update(current.getOrderNumber(),
                current.getVersion(), command, shipping));
        if (result != null && !result.changed()) { // never a success toast for a change that was not made
            Notification.show(getTranslation("order.form.no-changes"), 3000, Notification.Position.BOTTOM_START);
        } else if (result != null) {
            saved(result.order());
        }
    }

    private void saved(@Nullable SalesOrder order) {
        if (order != null) {
            Notifications.success(getTranslation("order.form.saved", order.getOrderNumber()));
            getUI().ifPresent(ui -> ui.navigate(OrderDetailView.class, new RouteParameters("number",
                    order.getOrderNumber())));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("number").ifPresent(number -> {
            SalesOrder order = OrderNotFound.find(event, number, queries::getByNumber);
            if (order != null) {
                edit(order);
            }
        });
    }

    private void edit(SalesOrder order) {
        editing = order;
        draftButtons.setVisible(false); // an existing order is not turned into something else
        title.setText(getTranslation("order.form.edit-title", order.getOrderNumber()));
        Set<OrderField> locked = OrderEditPolicy.locked(order.getStatus());
        Customer customer = customers.get(order.getCustomerId());
        if (locked.contains(OrderField.CUSTOMER)) {
            buyer.customer.setItems(List.of(customer));
        }
        buyer.newCustomerForm.setVisible(false);
        Map<Long, ProductRow> lineProducts = products.findAllById(order.getLines().stream()
                .map(OrderLine::getProductId).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
        binder.readRecord(OrderDraft.of(order, customer, lineProducts));
        charges.show(order, couriers.choices(order.getCourier()));
        lock(order, locked);
        showTotals();
    }

    /**
     * What the order's status no longer lets staff change is read-only, and the hint above the form
     * names it; the service refuses the same fields anyway ({@link OrderEditPolicy}).
     */
    private void lock(SalesOrder order, Set<OrderField> locked) {
        buyer.customer.setReadOnly(locked.contains(OrderField.CUSTOMER));
        lines.lock(locked.contains(OrderField.LINES), locked.contains(OrderField.PRICES));
        charges.discount.setReadOnly(locked.contains(OrderField.DISCOUNT));
        charges.discountUnit.setReadOnly(locked.contains(OrderField.DISCOUNT));
        charges.shippingCost.setReadOnly(locked.contains(OrderField.SHIPPING_COST));
        charges.insurance.setReadOnly(locked.contains(OrderField.INSURANCE));
        charges.otherFee.setReadOnly(locked.contains(OrderField.OTHER_FEE));
        charges.useUniqueCode.setReadOnly(locked.contains(OrderField.UNIQUE_CODE));
        charges.uniqueCode.setReadOnly(locked.contains(OrderField.UNIQUE_CODE));
        charges.cod.setReadOnly(locked.contains(OrderField.COD));
        charges.courier.setReadOnly(locked.contains(OrderField.COURIER));
        charges.courierService.setReadOnly(locked.contains(OrderField.COURIER));
        buyer.senderName.setReadOnly(locked.contains(OrderField.SENDER));
        buyer.senderPhone.setReadOnly(locked.contains(OrderField.SENDER));
        shipTo.recipientName.setReadOnly(locked.contains(OrderField.RECIPIENT));
        shipTo.recipientPhone.setReadOnly(locked.contains(OrderField.RECIPIENT));
        shipTo.shipTo.setReadOnly(locked.contains(OrderField.ADDRESS));
        charges.note.setReadOnly(locked.contains(OrderField.NOTE));
        lockedHint.setVisible(!locked.isEmpty());
        lockedHint.setText(locked.isEmpty() ? "" : getTranslation("order.form.locked-hint",
                getTranslation(order.getStatus().labelKey()),
                locked.stream().map(f -> getTranslation(f.labelKey())).collect(Collectors.joining(", "))));
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Orderan";
    }
}
