package id.orderan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * "Order tidak ditemukan" and its kin, inside the app's shell, with a link back to the list, and
 * HTTP 404 — instead of Vaadin's exception page or route list. Shown for {@link RecordNotFound} from
 * views whose route parameter names nothing, and for any other {@link NotFoundException} that gets here
 * (generic "Halaman tidak ditemukan"). The page request's own 404 comes from {@link NotFoundStatusFilter}.
 *
 * @see <a href="../../../../../../../docs/decisions/0082-friendly-not-found-and-access-denied-views.md">0082 error views</a>
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final Anchor back = new Anchor();
    private String pageTitle = "";

    public NotFoundView() {
        addClassNames("orderan-page", "orderan-error-page");
        title.setId("error-title");
        back.setId("error-back");
        add(title, text, back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (parameter.getCaughtException() instanceof RecordNotFound missing) {
            show(missing.titleKey(), getTranslation(missing.textKey(), missing.shown()), missing.backPath(),
                    missing.backKey());
        } else {
            show("notfound.title", getTranslation("notfound.text", "/" + event.getLocation().getPath()), "orders",
                    "notfound.back.orders");
        }
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    private void show(String titleKey, String explanation, String backPath, String backKey) {
        pageTitle = getTranslation(titleKey);
        title.setText(pageTitle);
        text.setText(explanation);
        back.setHref(backPath);
        back.setText(getTranslation(backKey));
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · Orderan";
    }
}
