package id.orderan.storefront.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.store.StoreProfile;
import id.orderan.storefront.AfterOrder;
import id.orderan.storefront.FormSlugs;
import id.orderan.storefront.OrderFormService;
import id.orderan.storefront.OrderFormSettings;
import id.orderan.storefront.ShippingRule;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One order form's settings: one {@link Binder} over a {@link FormDraft}; the slug, title, products and
 * shipping rows are checked as the admin saves (translated messages next to the fields), the service
 * checks them again and refuses a save on top of someone else's ({@code version}).
 */
class OrderFormEditor extends Dialog {

    final TextField slug = new TextField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Checkbox active = new Checkbox();
    final FormProductsField products;
    final Checkbox chooseQuantity = new Checkbox();
    final RadioButtonGroup<ShippingRule> shippingRule = new RadioButtonGroup<>();
    final ShippingRowsField shipping = new ShippingRowsField();
    final Checkbox uniqueCode = new Checkbox();
    final CheckboxGroup<String> bankAccounts = new CheckboxGroup<>();
    final RadioButtonGroup<AfterOrder> afterOrder = new RadioButtonGroup<>();
    final TextField publicUrl = new TextField();
    final Anchor openForm = new Anchor();
    final Button save = Forms.primary("");
    private final Binder<FormDraft> binder = new Binder<>(FormDraft.class);
    private final OrderFormService forms;
    private final Consumer<OrderFormSettings> onSaved;
    private @Nullable Long id;
    private long version;

    OrderFormEditor(OrderFormService forms, ProductService catalog, List<StoreProfile.BankAccount> banks,
            OrderFormSettings form, Consumer<OrderFormSettings> onSaved) {
        this.forms = forms;
        this.onSaved = onSaved;
        shipping.couriers(forms.courierChoices());
        this.products = new FormProductsField(catalog);
        setHeaderTitle(getTranslation(form.id() == null ? "order-form.new" : "order-form.edit"));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(56rem, 100vw)");

        slug.setId("order-form-slug");
        slug.setLabel(getTranslation("order-form.slug"));
        slug.setPrefixComponent(new Span("/f/"));
        slug.setHelperText(getTranslation("order-form.slug.helper"));
        slug.setMaxLength(60);
        title.setId("order-form-title");
        title.setLabel(getTranslation("order-form.title"));
        title.setMaxLength(120);
        description.setLabel(getTranslation("order-form.description"));
        description.setMaxLength(500);
        active.setLabel(getTranslation("order-form.active"));
        chooseQuantity.setLabel(getTranslation("order-form.choose-quantity"));
        shippingRule.setId("order-form-shipping-rule");
        shippingRule.setLabel(getTranslation("order-form.shipping-rule"));
        shippingRule.setItems(ShippingRule.values());
        shippingRule.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        shippingRule.addValueChangeListener(e -> shipping.rule(e.getValue() == null ? ShippingRule.FREE : e.getValue()));
        uniqueCode.setLabel(getTranslation("order-form.unique-code"));
        bankAccounts.setLabel(getTranslation("order-form.banks"));
        Map<String, StoreProfile.BankAccount> byNumber = banks.stream()
                .collect(Collectors.toMap(StoreProfile.BankAccount::number, Function.identity(), (a, b) -> a));
        bankAccounts.setItems(byNumber.keySet().stream().sorted().toList());
        bankAccounts.setItemLabelGenerator(n -> byNumber.get(n).bank() + " " + n + " a.n. " + byNumber.get(n).holder());
        bankAccounts.setHelperText(getTranslation(banks.isEmpty() ? "order-form.banks.none" : "order-form.banks.helper"));
        afterOrder.setLabel(getTranslation("order-form.after-order"));
        afterOrder.setItems(AfterOrder.values());
        afterOrder.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        publicUrl.setLabel(getTranslation("order-form.public-url"));
        publicUrl.setReadOnly(true);
        publicUrl.setWidthFull();
        openForm.setText(getTranslation("order-form.open"));
        openForm.setTarget(AnchorTarget.BLANK);
        openForm.setId("order-form-open");
        var copy = new Button(VaadinIcon.COPY.create(), e -> UI.getCurrent().getPage()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", publicUrl.getValue()));
        copy.setAriaLabel(getTranslation("order-form.copy-url"));
        copy.setTooltipText(getTranslation("order-form.copy-url"));

        bind();
        save.setText(getTranslation("action.save"));
        save.setId("order-form-save");
        save.addClickListener(e -> save());
        var cancel = Forms.secondary(getTranslation("action.close"));
        cancel.addClickListener(e -> close());

        var basics = new FormLayout(slug, title, description, active);
        basics.setColspan(description, 2);
        var link = new HorizontalLayout(publicUrl, copy, openForm);
        link.setWidthFull();
        link.setAlignItems(FlexComponent.Alignment.BASELINE);
        var content = new VerticalLayout(basics, link, new H3(getTranslation("order-form.products")), products,
                chooseQuantity, new H3(getTranslation("order-form.shipping")), shippingRule, shipping,
                new H3(getTranslation("order-form.payment")), uniqueCode, bankAccounts, afterOrder);
        content.setPadding(false);
        add(content);
        getFooter().add(cancel, save);
        show(form, catalog);
    }

    private void bind() {
        binder.forField(slug).asRequired(getTranslation("error.order-form.slug-invalid"))
                .withValidator((value, context) -> FormSlugs.problem(FormSlugs.normalized(value))
                        .map(key -> ValidationResult.error(getTranslation(key, FormSlugs.normalized(value))))
                        .orElse(ValidationResult.ok()))
                .bind("slug");
        binder.forField(title).asRequired(getTranslation("error.order-form.title-required")).bind("title");
        binder.forField(description).bind("description");
        binder.forField(active).bind("active");
        binder.forField(products).withValidator(list -> !list.isEmpty(),
                getTranslation("error.order-form.products-required")).bind("products");
        binder.forField(chooseQuantity).bind("chooseQuantity");
        binder.forField(shippingRule).asRequired().bind("shippingRule");
        binder.forField(shipping).withValidator((rows, context) -> {
            ShippingRule rule = shippingRule.getValue();
            if (rule == null || !rule.hasRows()) {
                return ValidationResult.ok();
            }
            if (rows.stream().anyMatch(r -> r.courier() == null)) {
                return ValidationResult.error(getTranslation("error.order-form.courier-required"));
            }
            if (rule.charged() && rows.isEmpty()) {
                return ValidationResult.error(getTranslation("error.order-form.shipping-required"));
            }
            if (rule.charged() && rows.stream().anyMatch(r -> r.cost() == null || r.cost() < 0)) {
                return ValidationResult.error(getTranslation("error.order-form.shipping-cost-invalid"));
            }
            return ValidationResult.ok();
        }).bind("shipping");
        binder.forField(uniqueCode).bind("uniqueCode");
        binder.forField(bankAccounts).bind("bankAccounts");
        binder.forField(afterOrder).asRequired().bind("afterOrder");
    }

    private void show(OrderFormSettings form, ProductService catalog) {
        Map<Long, ProductRow> rows = catalog.findAllById(form.products().stream()
                .map(OrderFormSettings.Product::productId).toList()).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
        id = form.id();
        version = form.version();
        binder.readRecord(FormDraft.of(form, rows));
        shipping.rule(form.shippingRule());
        boolean saved = id != null;
        publicUrl.setValue(saved ? forms.publicUrl(form.slug()) : "");
        openForm.setHref(saved ? forms.publicUrl(form.slug()) : "");
        openForm.setVisible(saved);
    }

    void save() {
        FormDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the fields show what is wrong
        }
        OrderFormSettings saved = Forms.attempt(this, () -> forms.save(draft.settings(id, version)));
        if (saved != null) {
            id = saved.id();
            version = saved.version();
            publicUrl.setValue(forms.publicUrl(saved.slug()));
            openForm.setHref(forms.publicUrl(saved.slug()));
            openForm.setVisible(true);
            slug.setValue(saved.slug());
            setHeaderTitle(getTranslation("order-form.edit"));
            Notifications.success(getTranslation("order-form.saved"));
            onSaved.accept(saved);
        }
    }
}
