package id.orderan.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.customer.CustomerCommand;
import id.orderan.customer.AreaService;
import id.orderan.customer.CustomerService;
import id.orderan.customer.ui.AddressField;
import id.orderan.customer.PhoneNumber;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderEditPolicy;
import id.orderan.order.OrderEditResult;
import id.orderan.order.OrderField;
import id.orderan.order.OrderLine;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderService;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.order.ShippingDetails;
import id.orderan.order.Courier;
import id.orderan.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Tambah Order (route {@code orders/new}) and Edit ({@code orders/:number/edit}): buyer, products,
 * charges and courier, with the totals recalculated as staff type. Usable on a tablet: one column
 * on narrow screens, large controls.
 */
@Route("orders/new")
@RouteAlias("orders/:number/edit")
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS})
public class OrderFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final OrderQueryService queries;
    private final CustomerService customers;
    private final ProductService products;

    final ComboBox<Customer> customer = new ComboBox<>();
    final Details newCustomerForm = new Details();
    final TextField customerName = new TextField();
    final Select<CustomerCategory> customerCategory = new Select<>();
    final TextField customerPhone = new TextField();
    final EmailField customerEmail = new EmailField();
    final AddressField customerAddress;
    final TextField recipientName = new TextField();
    final TextField recipientPhone = new TextField();
    final AddressField shipTo;
    final TextField senderName = new TextField();
    final TextField senderPhone = new TextField();

    final VerticalLayout lineRows = new VerticalLayout();
    final List<LineRow> lines = new ArrayList<>();

    final IntegerField discount = money("order.form.discount");
    final RadioButtonGroup<String> discountUnit = new RadioButtonGroup<>();
    final IntegerField shippingCost = money("order.form.shipping");
    final IntegerField insurance = money("order.form.insurance");
    final IntegerField otherFee = money("order.form.other-fee");
    final Checkbox useUniqueCode = new Checkbox();
    final IntegerField uniqueCode = new IntegerField();
    final ComboBox<Courier> courier = new ComboBox<>();
    final TextField courierService = new TextField();
    final TextArea note = new TextArea();
    final Checkbox cod = new Checkbox();

    final Span subtotalText = new Span();
    final Span discountText = new Span();
    final Span totalText = new Span();
    final Button save = new Button();
    final Button addLineButton = new Button();
    /** On an edit: which fields the order's status no longer lets staff change, and why. */
    final Paragraph lockedHint = new Paragraph();

    private @Nullable SalesOrder editing;
    /** Staff picked or cleared the courier: a stored courier the picker does not list is kept otherwise. */
    private boolean courierTouched;
    private final H2 title = new H2();

    public OrderFormView(OrderService orders, OrderQueryService queries, CustomerService customers,
            ProductService products, AreaService areas) {
        this.customerAddress = new AddressField(areas);
        this.shipTo = new AddressField(areas);
        this.orders = orders;
        this.queries = queries;
        this.customers = customers;
        this.products = products;
        addClassNames("orderan-page", "orderan-order-form");
        setMaxWidth("72rem");
        title.setText(getTranslation("order.form.title"));

        lockedHint.setId("order-locked-hint");
        lockedHint.setVisible(false);
        add(title, lockedHint, customerSection(), shipToSection(), linesSection(), chargesSection(),
                totals(), actions());
        addLine();
        recalculate();
    }

    // ---- sections --------------------------------------------------------------------------------

    private VerticalLayout customerSection() {
        customer.setLabel(getTranslation("order.form.customer"));
        customer.setPlaceholder(getTranslation("order.form.customer-search"));
        customer.setItems(query -> customers.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        customer.setItemLabelGenerator(c -> c.getName() + " · " + PhoneNumber.display(c.getPhone()));
        customer.setWidth("28rem");
        customer.setMaxWidth("100%");
        customer.addValueChangeListener(e -> {
            dropshipperFields();
            if (e.isFromClient() || editing == null) {
                shipToCustomer(e.getValue());
            }
        });
        customer.setId("order-customer");

        customerName.setLabel(getTranslation("customers.column.name"));
        customerCategory.setLabel(getTranslation("customers.column.category"));
        customerCategory.setItems(CustomerCategory.values());
        customerCategory.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        customerCategory.setValue(CustomerCategory.UMUM);
        customerPhone.setLabel(getTranslation("customers.column.phone"));
        customerPhone.setPlaceholder("0812-3456-7890");
        customerEmail.setLabel(getTranslation("customers.column.email"));
        customerAddress.setId("new-customer-address");
        var createCustomer = new Button(getTranslation("order.form.save-customer"), e -> saveCustomer());
        createCustomer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var customerForm = new FormLayout(customerName, customerCategory, customerPhone, customerEmail, customerAddress,
                createCustomer);
        customerForm.setColspan(customerAddress, 2);
        newCustomerForm.setSummaryText(getTranslation("order.form.new-customer"));
        newCustomerForm.add(customerForm);

        senderName.setLabel(getTranslation("order.form.sender-name"));
        senderPhone.setLabel(getTranslation("order.form.sender-phone"));
        var sender = new HorizontalLayout(senderName, senderPhone);
        sender.setSpacing(true);
        dropshipperFields();

        var section = new VerticalLayout(new H3(getTranslation("order.form.customer")), customer, newCustomerForm,
                sender);
        section.setPadding(false);
        return section;
    }

    /** Where the parcel goes: the buyer's own address unless staff change it (a gift, a dropship buyer). */
    private VerticalLayout shipToSection() {
        recipientName.setLabel(getTranslation("order.form.recipient-name"));
        recipientName.setId("order-recipient-name");
        recipientPhone.setLabel(getTranslation("order.form.recipient-phone"));
        recipientPhone.setId("order-recipient-phone");
        shipTo.setId("order-ship-to");
        var recipient = new FormLayout(recipientName, recipientPhone, shipTo);
        recipient.setColspan(shipTo, 2);
        var section = new VerticalLayout(new H3(getTranslation("order.form.ship-to")), recipient);
        section.setPadding(false);
        return section;
    }

    private void shipToCustomer(@Nullable Customer chosen) {
        recipientName.setValue(chosen == null ? "" : chosen.getName());
        recipientPhone.setValue(chosen == null || chosen.getPhone() == null ? "" : PhoneNumber.display(chosen.getPhone()));
        shipTo.setValue(chosen == null ? Address.empty() : chosen.getAddress());
        if (chosen != null && chosen.getCategory() == CustomerCategory.DROPSHIPPER) {
            senderName.setValue(Objects.requireNonNullElse(chosen.getDropshipName(), ""));
            senderPhone.setValue(chosen.getDropshipPhone() == null ? "" : PhoneNumber.display(chosen.getDropshipPhone()));
        }
    }

    private VerticalLayout linesSection() {
        lineRows.setPadding(false);
        lineRows.setSpacing(false);
        addLineButton.setText(getTranslation("order.form.add-line"));
        addLineButton.setIcon(VaadinIcon.PLUS.create());
        addLineButton.addClickListener(e -> addLine());
        addLineButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var section = new VerticalLayout(new H3(getTranslation("order.form.products")), lineRows, addLineButton);
        section.setPadding(false);
        return section;
    }

    private FormLayout chargesSection() {
        discountUnit.setItems("RP", "PERSEN");
        discountUnit.setItemLabelGenerator(u -> u.equals("RP") ? "Rp" : "%");
        discountUnit.setValue("RP");
        discountUnit.addValueChangeListener(e -> recalculate());
        useUniqueCode.setLabel(getTranslation("order.form.use-unique-code"));
        useUniqueCode.addValueChangeListener(e -> {
            uniqueCode.setEnabled(e.getValue());
            uniqueCode.setValue(e.getValue() ? ThreadLocalRandom.current().nextInt(1, 1000) : 0);
        });
        uniqueCode.setLabel(getTranslation("order.form.unique-code"));
        uniqueCode.setMin(0);
        uniqueCode.setMax(999);
        uniqueCode.setValue(0);
        uniqueCode.setEnabled(false);
        uniqueCode.setValueChangeMode(ValueChangeMode.EAGER);
        uniqueCode.addValueChangeListener(e -> recalculate());
        shippingCost.setId("order-shipping");
        courier.setLabel(getTranslation("resi.courier"));
        courier.setItems(Arrays.asList(Courier.values()));
        courier.setItemLabelGenerator(Courier::label);
        courier.addValueChangeListener(e -> courierTouched |= e.isFromClient());
        courierService.setLabel(getTranslation("resi.service"));
        cod.setLabel(getTranslation("order.form.cod"));
        note.setLabel(getTranslation("order.form.note"));
        note.setMaxLength(1000);
        var form = new FormLayout(new HorizontalLayout(discount, discountUnit), shippingCost, insurance, otherFee,
                useUniqueCode, uniqueCode, courier, courierService, cod, note);
        form.setColspan(note, 2);
        return form;
    }

    private Div totals() {
        var box = new Div();
        box.addClassName("orderan-totals");
        totalText.setId("order-total");
        totalText.addClassName("orderan-totals__grand");
        box.add(row("order.form.subtotal", subtotalText), row("order.form.discount", discountText),
                row("order.form.total", totalText));
        return box;
    }

    private HorizontalLayout actions() {
        save.setText(getTranslation("order.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("order-save");
        save.addClickListener(e -> save());
        var back = new Button(getTranslation("action.back"), e -> getUI().ifPresent(ui -> ui.navigate(OrderListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        return new HorizontalLayout(back, save);
    }

    // ---- behaviour -----------------------------------------------------------------------------

    LineRow addLine() {
        var row = new LineRow();
        int index = lines.size();
        row.product.setId("line-product-" + index);
        row.quantity.setId("line-quantity-" + index);
        lines.add(row);
        lineRows.add(row);
        return row;
    }

    void recalculate() {
        long subtotal = subtotal();
        long discountRp = discountRupiah(subtotal);
        long total = subtotal - discountRp + value(shippingCost) + value(insurance) + value(otherFee) + value(uniqueCode);
        subtotalText.setText(Rupiah.format(subtotal));
        discountText.setText(discountRp == 0 ? Rupiah.format(0) : "-" + Rupiah.format(discountRp));
        totalText.setText(Rupiah.format(total));
    }

    private long subtotal() {
        return lines.stream().mapToLong(LineRow::lineTotal).sum();
    }

    private long discountRupiah(long subtotal) {
        long value = value(discount);
        return "PERSEN".equals(discountUnit.getValue()) ? Math.round(subtotal * Math.min(value, 100) / 100.0) : value;
    }

    private void saveCustomer() {
        try {
            Customer created = customers.create(new CustomerCommand(customerName.getValue(), customerCategory.getValue(),
                    customerPhone.getValue(), customerEmail.getValue(), null, null, customerAddress.getValue()));
            customer.setValue(created);
            newCustomerForm.setOpened(false);
            Notifications.success(getTranslation("order.form.customer-saved", created.getName()));
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), UiErrorHandler.translatedArgs(this, e.args())));
        }
    }

    void save() {
        if (customer.getValue() == null) {
            customer.setInvalid(true);
            customer.setErrorMessage(getTranslation("order.form.customer-required"));
            return;
        }
        List<CreateOrderCommand.Line> commandLines = lines.stream().filter(l -> l.product.getValue() != null)
                .map(LineRow::toCommand).toList();
        if (commandLines.isEmpty()) {
            Notifications.error(getTranslation("error.order.no-lines"));
            return;
        }
        long subtotal = subtotal();
        var command = new CreateOrderCommand(customer.getValue().getId(), OrderSource.MANUAL, commandLines,
                discountRupiah(subtotal), value(shippingCost), value(insurance), value(otherFee), (int) value(uniqueCode),
                note.getValue(), courierName(), courierService.getValue(),
                senderName.getValue(), senderPhone.getValue(), cod.getValue());
        try {
            SalesOrder saved;
            var shipping = new ShippingDetails(recipientName.getValue(), recipientPhone.getValue(), shipTo.getValue());
            if (editing == null) {
                saved = orders.create(command, shipping);
            } else {
                OrderEditResult result = orders.update(editing.getOrderNumber(), editing.getVersion(), command, shipping);
                if (!result.changed()) { // never a success toast for a change that was not made
                    Notification.show(getTranslation("order.form.no-changes"), 3000, Notification.Position.BOTTOM_START);
                    return;
                }
                saved = result.order();
            }
            Notifications.success(getTranslation("order.form.saved", saved.getOrderNumber()));
            getUI().ifPresent(ui -> ui.navigate(OrderDetailView.class, new RouteParameters("number",
                    saved.getOrderNumber())));
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), UiErrorHandler.translatedArgs(this, e.args())));
        }
    }

    private @Nullable String courierName() {
        if (courier.getValue() != null) {
            return courier.getValue().name();
        }
        return editing != null && !courierTouched ? editing.getCourier() : null;
    }

    private void dropshipperFields() {
        boolean dropshipper = customer.getValue() != null
                && customer.getValue().getCategory() == CustomerCategory.DROPSHIPPER;
        senderName.setVisible(dropshipper);
        senderPhone.setVisible(dropshipper);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("number").ifPresent(number -> {
            SalesOrder order = OrderNotFound.find(event, number, queries::getByNumber);
            if (order == null) {
                return;
            }
            editing = order;
            title.setText(getTranslation("order.form.edit-title", order.getOrderNumber()));
            Set<OrderField> locked = OrderEditPolicy.locked(order.getStatus());
            Customer buyer = customers.get(order.getCustomerId());
            if (locked.contains(OrderField.CUSTOMER)) {
                customer.setItems(List.of(buyer));
            }
            customer.setValue(buyer);
            newCustomerForm.setVisible(false);
            recipientName.setValue(order.getRecipientName());
            recipientPhone.setValue(order.getRecipientPhone() == null ? "" : PhoneNumber.display(order.getRecipientPhone()));
            shipTo.setValue(order.getShippingAddress());
            lines.clear();
            lineRows.removeAll();
            for (OrderLine line : order.getLines()) {
                LineRow row = addLine();
                if (line.getProductId() != null) {
                    products.findAllById(List.of(line.getProductId())).stream().findFirst().ifPresent(p -> {
                        row.product.setItems(List.of(p));
                        row.product.setValue(p);
                    });
                }
                row.quantity.setValue(line.getQuantity());
                row.unitPrice.setValue((int) line.getUnitPrice());
            }
            discount.setValue((int) order.getDiscount());
            shippingCost.setValue((int) order.getShippingCost());
            insurance.setValue((int) order.getInsurance());
            otherFee.setValue((int) order.getOtherFee());
            useUniqueCode.setValue(order.getUniqueCode() > 0);
            uniqueCode.setValue(order.getUniqueCode());
            note.setValue(Objects.requireNonNullElse(order.getNote(), ""));
            cod.setValue(order.isCod());
            senderName.setValue(Objects.requireNonNullElse(order.getSenderName(), ""));
            senderPhone.setValue(Objects.requireNonNullElse(order.getSenderPhone(), ""));
            courierService.setValue(Objects.requireNonNullElse(order.getCourierService(), ""));
            Arrays.stream(Courier.values()).filter(c -> c.name().equals(order.getCourier())).findFirst()
                    .ifPresent(courier::setValue);
            lock(order, locked);
            recalculate();
        });
    }

    /**
     * What the order's status no longer lets staff change is read-only, and the hint above the form
     * names it; the service refuses the same fields anyway ({@link OrderEditPolicy}).
     */
    private void lock(SalesOrder order, Set<OrderField> locked) {
        customer.setReadOnly(locked.contains(OrderField.CUSTOMER));
        boolean linesLocked = locked.contains(OrderField.LINES);
        lines.forEach(l -> l.setReadOnly(linesLocked, locked.contains(OrderField.PRICES)));
        addLineButton.setVisible(!linesLocked);
        discount.setReadOnly(locked.contains(OrderField.DISCOUNT));
        discountUnit.setReadOnly(locked.contains(OrderField.DISCOUNT));
        shippingCost.setReadOnly(locked.contains(OrderField.SHIPPING_COST));
        insurance.setReadOnly(locked.contains(OrderField.INSURANCE));
        otherFee.setReadOnly(locked.contains(OrderField.OTHER_FEE));
        useUniqueCode.setReadOnly(locked.contains(OrderField.UNIQUE_CODE));
        uniqueCode.setReadOnly(locked.contains(OrderField.UNIQUE_CODE));
        cod.setReadOnly(locked.contains(OrderField.COD));
        courier.setReadOnly(locked.contains(OrderField.COURIER));
        courierService.setReadOnly(locked.contains(OrderField.COURIER));
        senderName.setReadOnly(locked.contains(OrderField.SENDER));
        senderPhone.setReadOnly(locked.contains(OrderField.SENDER));
        recipientName.setReadOnly(locked.contains(OrderField.RECIPIENT));
        recipientPhone.setReadOnly(locked.contains(OrderField.RECIPIENT));
        shipTo.setReadOnly(locked.contains(OrderField.ADDRESS));
        note.setReadOnly(locked.contains(OrderField.NOTE));
        lockedHint.setVisible(!locked.isEmpty());
        lockedHint.setText(locked.isEmpty() ? "" : getTranslation("order.form.locked-hint",
                getTranslation(order.getStatus().labelKey()),
                locked.stream().map(f -> getTranslation(f.labelKey())).collect(Collectors.joining(", "))));
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Orderan";
    }

    private IntegerField money(String key) {
        var field = new IntegerField(getTranslation(key));
        field.setPrefixComponent(new Span("Rp"));
        field.setMin(0);
        field.setValue(0);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> recalculate());
        return field;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private Div row(String key, Span value) {
        var row = new Div(new Span(getTranslation(key)), value);
        row.addClassName("orderan-totals__row");
        return row;
    }

    /** One product line: product, quantity, price (prefilled, editable), stock and line total. */
    final class LineRow extends FlexLayout {
        final ComboBox<ProductRow> product = new ComboBox<>();
        final IntegerField quantity = new IntegerField();
        final IntegerField unitPrice = new IntegerField();
        final Span stock = new Span();
        final Span lineTotal = new Span();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        LineRow() {
            addClassName("orderan-line");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            product.setLabel(getTranslation("order.form.product"));
            product.setItems(query -> products.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                    .stream().skip(query.getOffset()));
            product.setItemLabelGenerator(p -> p.name() + " · " + p.sku());
            product.setWidth("min(24rem, 100%)");
            product.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    if (e.isFromClient() || unitPrice.getValue() == null || unitPrice.getValue() == 0) {
                        unitPrice.setValue((int) java.util.Objects.requireNonNullElse(e.getValue().price(), 0L).longValue());
                    }
                    stock.setText(getTranslation("order.form.stock", e.getValue().stock()));
                }
                recalculate();
            });
            quantity.setLabel(getTranslation("order.form.quantity"));
            quantity.setMin(1);
            quantity.setValue(1);
            quantity.setStepButtonsVisible(true);
            quantity.setWidth("8rem");
            quantity.setValueChangeMode(ValueChangeMode.EAGER);
            quantity.addValueChangeListener(e -> recalculate());
            unitPrice.setLabel(getTranslation("order.form.unit-price"));
            unitPrice.setPrefixComponent(new Span("Rp"));
            unitPrice.setMin(0);
            unitPrice.setWidth("10rem");
            unitPrice.setValueChangeMode(ValueChangeMode.EAGER);
            unitPrice.addValueChangeListener(e -> recalculate());
            stock.addClassName("orderan-line__stock");
            lineTotal.addClassName("orderan-line__total");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("order.form.remove-line"));
            remove.addClickListener(e -> {
                lines.remove(this);
                lineRows.remove(this);
                recalculate();
            });
            add(product, quantity, unitPrice, stock, lineTotal, remove);
            getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        }

        long lineTotal() {
            long total = product.getValue() == null ? 0 : value(quantity) * value(unitPrice);
            lineTotal.setText(Rupiah.format(total));
            return total;
        }

        CreateOrderCommand.Line toCommand() {
            return new CreateOrderCommand.Line(product.getValue().id(), (int) value(quantity),
                    unitPrice.getValue() == null ? null : (long) unitPrice.getValue());
        }

        void setReadOnly(boolean linesLocked, boolean pricesLocked) {
            product.setReadOnly(linesLocked);
            quantity.setReadOnly(linesLocked);
            unitPrice.setReadOnly(pricesLocked);
            remove.setVisible(!linesLocked);
        }
    }
}
