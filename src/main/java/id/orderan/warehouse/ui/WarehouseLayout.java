package id.orderan.warehouse.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.security.AppRoles;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shell of the warehouse station: one row of large tabs across the top and the page under it, no
 * side menu (a tablet at 768 px has no room for one, and the packing table needs the whole screen for
 * the scan field and the order's items). The tabs are paths, so each page stays its own view; the back
 * office is one tap away for admins and CS. Ids: {@code warehouse-tab-<path>}, {@code warehouse-logout}.
 */
@PermitAll
public class WarehouseLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The station's pages: path under the context root and translation key, in tab order. */
    static final List<String[]> TABS = List.of(
            new String[] {"gudang", "warehouse.nav.home"},
            new String[] {"gudang/picklist", "warehouse.nav.picklist"},
            new String[] {"gudang/kemas", "warehouse.nav.pack"},
            new String[] {"gudang/resi-massal", "warehouse.nav.bulk-resi"},
            new String[] {"gudang/serah-terima", "warehouse.nav.handover"});

    private final Div content = new Div();
    private final List<Anchor> tabs = new ArrayList<>();

    public WarehouseLayout(AuthenticationContext authentication) {
        addClassName("orderan-warehouse");
        var bar = new Div();
        bar.addClassName("orderan-warehouse-bar");
        var brand = new Span("Orderan · " + getTranslation("warehouse.title"));
        brand.addClassName("orderan-warehouse-brand");
        bar.add(brand);
        var nav = new Div();
        nav.addClassName("orderan-warehouse-tabs");
        for (String[] tab : TABS) {
            var link = new Anchor(tab[0], getTranslation(tab[1]));
            link.setId("warehouse-tab-" + tab[0].replace('/', '-'));
            link.addClassName("orderan-warehouse-tab");
            tabs.add(link);
            nav.add(link);
        }
        bar.add(nav);
        var end = new Div();
        end.addClassName("orderan-warehouse-end");
        if (authentication.hasAnyRole(AppRoles.ADMIN, AppRoles.CS)) {
            var backOffice = new Anchor("orders", getTranslation("warehouse.nav.back-office"));
            backOffice.setId("warehouse-back-office");
            backOffice.addClassName("orderan-warehouse-tab");
            end.add(backOffice);
        }
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("warehouse-logout");
        logout.setTooltipText(authentication.getPrincipalName().orElse(""));
        end.add(logout);
        bar.add(end);
        content.addClassName("orderan-warehouse-content");
        add(bar, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        for (int i = 0; i < TABS.size(); i++) {
            String tab = TABS.get(i)[0];
            boolean current = path.equals(tab) || (!tab.equals("gudang") && path.startsWith(tab + "/"));
            tabs.get(i).getElement().setAttribute("aria-current", current ? "page" : "false");
            tabs.get(i).setClassName("orderan-warehouse-tab--current", current);
        }
    }
}
