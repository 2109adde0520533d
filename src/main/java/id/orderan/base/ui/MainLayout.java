package id.orderan.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * The shell around every back-office view: brand, side navigation and the signed-in user. Links are
 * paths, not view classes, so this base package depends on no feature; which links a user sees
 * follows the target views' {@code @RolesAllowed}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("orderan-shell");

        var brand = new Div(new Span("Orderan"));
        brand.addClassName("orderan-brand");
        addToDrawer(brand, new Scroller(navigation(authentication)), userFooter(authentication));

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(toggle);
    }

    private SideNav navigation(AuthenticationContext authentication) {
        var sales = new SideNavItem(getTranslation("nav.sales"));
        sales.setPrefixComponent(VaadinIcon.CART.create());
        sales.addItem(new SideNavItem(getTranslation("nav.orders"), "orders", VaadinIcon.LIST.create()));
        sales.addItem(new SideNavItem(getTranslation("nav.orders-cancel"), "orders/cancel", VaadinIcon.BAN.create()));
        sales.addItem(new SideNavItem(getTranslation("nav.orders-retur"), "orders/retur", VaadinIcon.REPLY.create()));
        addIfAllowed(authentication, sales, getTranslation("nav.private-links"), "orders/private-links", VaadinIcon.LINK);
        sales.setExpanded(true);

        var settings = new SideNavItem(getTranslation("nav.settings"), "settings", VaadinIcon.COG.create());
        addIfAllowed(authentication, settings, getTranslation("nav.store"), "settings/store", VaadinIcon.SHOP);
        addIfAllowed(authentication, settings, getTranslation("nav.follow-up-templates"), "settings/follow-up-templates",
                VaadinIcon.COMMENTS);
        addIfAllowed(authentication, settings, getTranslation("nav.order-forms"), "settings/order-forms",
                VaadinIcon.FORM);
        addIfAllowed(authentication, settings, getTranslation("nav.couriers"), "settings/couriers", VaadinIcon.TRUCK);
        addIfAllowed(authentication, settings, getTranslation("nav.anti-spam"), "settings/anti-spam", VaadinIcon.SHIELD);
        addIfAllowed(authentication, settings, getTranslation("nav.users"), "settings/users", VaadinIcon.USER_CARD);
        addIfAllowed(authentication, settings, getTranslation("nav.sign-in-log"), "settings/sign-in-log",
                VaadinIcon.RECORDS);
        settings.addItem(new SideNavItem(getTranslation("nav.change-password"), "settings/password", VaadinIcon.KEY.create()));
        var nav = new SideNav();
        nav.addItem(sales);
        if (mayOpen(authentication, "gudang")) { // the warehouse station, a tablet screen of its own
            nav.addItem(new SideNavItem(getTranslation("nav.warehouse"), "gudang", VaadinIcon.STORAGE.create()));
        }
        if (mayOpen(authentication, "customers")) { // the warehouse has no customer screens
            nav.addItem(new SideNavItem(getTranslation("nav.customers"), "customers", VaadinIcon.USERS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.products"), "products", VaadinIcon.PACKAGE.create()),
                settings);
        nav.addClassName("orderan-nav");
        return nav;
    }

    private static void addIfAllowed(AuthenticationContext authentication, SideNavItem parent, String label,
            String path, VaadinIcon icon) {
        if (mayOpen(authentication, path)) {
            parent.addItem(new SideNavItem(label, path, icon.create()));
        }
    }

    /**
     * Whether the signed-in user may open the view at {@code path}, read from that view's own
     * {@code @RolesAllowed}: the menu follows the views' access rules instead of repeating role names
     * (and this base package still names no feature and no role).
     */
    private static boolean mayOpen(AuthenticationContext authentication, String path) {
        return RouteConfiguration.forApplicationScope().getRoute(path)
                .map(view -> view.getAnnotation(RolesAllowed.class))
                .map(allowed -> authentication.hasAnyRole(allowed.value()))
                .orElse(true);
    }

    private Div userFooter(AuthenticationContext authentication) {
        String name = authentication.getPrincipalName().orElse("");
        var avatar = new Avatar(name);
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var footer = new Div(avatar, new Span(name), logout);
        footer.addClassName("orderan-user");
        return footer;
    }
}
