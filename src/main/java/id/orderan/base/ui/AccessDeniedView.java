package id.orderan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * A signed-in user opened a page of another role (the warehouse on {@code /orders/new}): say so in
 * their language, inside the app's shell, with the way back to List Order (HTTP 403). Replaces
 * Vaadin's default, which reroutes to its not-found page (a list of routes in development mode).
 *
 * @see <a href="../../../../../../../docs/decisions/0082-friendly-not-found-and-access-denied-views.md">0082 error views</a>
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final Anchor back = new Anchor();

    public AccessDeniedView() {
        addClassNames("orderan-page", "orderan-error-page");
        title.setId("error-title");
        back.setId("error-back");
        add(title, text, back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        title.setText(getTranslation("accessdenied.title"));
        text.setText(getTranslation("accessdenied.text", "/" + event.getLocation().getPath()));
        back.setHref("orders");
        back.setText(getTranslation("notfound.back.orders"));
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessdenied.title") + " · Orderan";
    }
}
