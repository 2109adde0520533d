package id.orderan.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.orderan.security.SignInThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page; Spring Security handles the POST to {@code /login} (with its CSRF token, which
 * the form takes from the page). A wrong password, an unknown user and a disabled account all get the
 * same message; only "too many attempts, wait" is told apart, and it applies whether the user exists or not.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("orderan-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

        var brand = new H1("Orderan");
        brand.addClassName("orderan-login__brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("orderan-login__tagline");
        var card = new Div(brand, tagline, form);
        card.addClassName("orderan-login__card");
        add(card);
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttled) {
            error.setTitle(getTranslation("login.error.throttled.title"));
            error.setMessage(getTranslation("login.error.throttled.message"));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error && lastSignInWasThrottled()) {
            form.setI18n(i18n(true));
        }
        form.setError(error);
    }

    /** Spring Security's failure handler leaves the reason in the HTTP session before redirecting here. */
    private static boolean lastSignInWasThrottled() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottledException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
