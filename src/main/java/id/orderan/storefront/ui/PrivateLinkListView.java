package id.orderan.storefront.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Badge;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.AppRoles;
import id.orderan.storefront.PrivateLinkRow;
import id.orderan.storefront.PrivateLinkService;
import id.orderan.storefront.PrivateLinkStatus;
import jakarta.annotation.security.RolesAllowed;

/**
 * Penjualan › Link Private: every private link, newest first, with its status (aktif, dipakai,
 * kedaluwarsa, dibatalkan), who made it, for whom, the total, until when, the order it became; staff
 * copy or send a link again, and cancel one that is still open.
 */
@Route("orders/private-links")
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS})
public class PrivateLinkListView extends VerticalLayout implements HasDynamicTitle {

    private final PrivateLinkService links;
    private final Grid<PrivateLinkRow> grid = new Grid<>(PrivateLinkRow.class, false);

    public PrivateLinkListView(PrivateLinkService links) {
        this.links = links;
        addClassName("orderan-page");
        setSizeFull();
        grid.setId("private-links");
        grid.addComponentColumn(row -> Badge.of(getTranslation(row.status().labelKey()), style(row.status())))
                .setKey("status").setHeader(getTranslation("private-link.column.status")).setAutoWidth(true);
        grid.addColumn(row -> JakartaTime.format(row.createdAt(), getLocale()) + " · " + row.createdBy())
                .setKey("created").setHeader(getTranslation("private-link.column.created")).setAutoWidth(true);
        grid.addColumn(PrivateLinkListView::customer).setKey("customer")
                .setHeader(getTranslation("private-link.column.customer")).setFlexGrow(2);
        grid.addColumn(row -> Rupiah.format(row.grandTotal())).setKey("total")
                .setHeader(getTranslation("private-link.column.total")).setAutoWidth(true);
        grid.addColumn(row -> JakartaTime.format(row.expiresAt(), getLocale())).setKey("expires")
                .setHeader(getTranslation("private-link.column.expires")).setAutoWidth(true);
        grid.addColumn(row -> row.orderNumber() == null ? "" : row.orderNumber()).setKey("order")
                .setHeader(getTranslation("private-link.column.order")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("private-link.empty"));
        grid.setItems(query -> links.list(query.getPage(), query.getPageSize()).stream(),
                query -> (int) links.count());
        grid.setSizeFull();
        add(new H2(getTranslation("private-link.title")), new Paragraph(getTranslation("private-link.help")), grid);
    }

    private HorizontalLayout actions(PrivateLinkRow row) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (row.status() == PrivateLinkStatus.AKTIF) {
            var resend = new Button(getTranslation("private-link.resend"), e -> new PrivateLinkDialog(links, row).open());
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            resend.setId("resend-" + row.token());
            var cancel = new Button(getTranslation("private-link.cancel"), e -> cancel(row));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-" + row.token());
            actions.add(resend, cancel);
        }
        return actions;
    }

    private void cancel(PrivateLinkRow row) {
        PrivateLinkRow cancelled = Forms.attempt(this, () -> links.cancel(row.token(), row.version()));
        if (cancelled != null) {
            Notifications.success(getTranslation("private-link.cancelled"));
        }
        grid.getDataProvider().refreshAll();
    }

    private static String customer(PrivateLinkRow row) {
        String name = row.recipientName() == null ? "" : row.recipientName();
        String phone = row.recipientPhone() == null ? "" : PhoneNumber.display(row.recipientPhone());
        return name.isEmpty() || phone.isEmpty() ? name + phone : name + " · " + phone;
    }

    private static String style(PrivateLinkStatus status) {
        return switch (status) {
            case AKTIF -> "konfirmasi";
            case DIPAKAI -> "sukses";
            case KEDALUWARSA -> "belum-bayar";
            case DIBATALKAN -> "cancel";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("private-link.title") + " · Orderan";
    }
}
