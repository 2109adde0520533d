package id.orderan.storefront.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.ui.Forms;
import id.orderan.catalog.ProductService;
import id.orderan.security.AppRoles;
import id.orderan.store.StoreService;
import id.orderan.storefront.OrderFormService;
import id.orderan.storefront.OrderFormSettings;
import jakarta.annotation.security.RolesAllowed;

/** Pengaturan › Form Order: the store's order forms, each opened in {@link OrderFormEditor}. Admins only. */
@Route("settings/order-forms")
@RolesAllowed(AppRoles.ADMIN)
public class OrderFormsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OrderFormSettings> grid = new Grid<>();
    final Button create = Forms.primary("");
    final Paragraph empty = new Paragraph();
    private final OrderFormService forms;
    private final ProductService products;
    private final StoreService store;

    public OrderFormsView(OrderFormService forms, ProductService products, StoreService store) {
        this.forms = forms;
        this.products = products;
        this.store = store;
        addClassName("orderan-page");
        setMaxWidth("64rem");
        create.setText(getTranslation("order-form.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("order-form-new");
        create.addClickListener(e -> open(OrderFormSettings.empty()));
        empty.setText(getTranslation("order-form.empty"));
        grid.setId("order-forms");
        grid.addColumn(OrderFormSettings::title).setHeader(getTranslation("order-form.title")).setFlexGrow(2);
        grid.addComponentColumn(form -> {
            var link = new Anchor(forms.publicUrl(form.slug()), "/f/" + form.slug());
            link.setTarget(AnchorTarget.BLANK);
            return link;
        }).setHeader(getTranslation("order-form.slug")).setFlexGrow(2);
        grid.addColumn(form -> getTranslation(form.active() ? "order-form.active.yes" : "order-form.active.no"))
                .setHeader(getTranslation("order-form.active"));
        grid.addColumn(form -> form.products().size()).setHeader(getTranslation("order-form.products"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("order-form.page-title")), create, empty, grid);
        refresh();
    }

    void open(OrderFormSettings form) {
        new OrderFormEditor(forms, products, store.profile().banks(), form, saved -> refresh()).open();
    }

    void refresh() {
        var list = forms.list();
        grid.setItems(list);
        empty.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order-form.page-title") + " · Orderan";
    }
}
