package id.orderan.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import id.orderan.base.ui.RupiahField;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one base class of browserless UI tests: a mocked Vaadin on the shared Spring context. */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = appRoutes();

    /**
     * Orderan has its own not-found and access-denied pages (base.ui); Karibu's stand-ins, which throw,
     * would compete with them for the same exceptions. Tests assert on those pages instead.
     */
    private static Routes appRoutes() {
        Routes routes = new Routes().autoDiscoverViews("id.orderan");
        routes.getErrorRoutes().removeIf(route -> route.getName().startsWith("com.github.mvysny.kaributesting."));
        return routes;
    }

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the given user and role, as Spring Security would after the login form. */
    protected void login(String username, String role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, checkedRole) -> role.equals(checkedRole));
    }

    /**
     * A value typed or picked by the user ({@code isFromClient() == true}). Karibu 2.6.2's
     * {@code _setValue} calls an {@code AbstractFieldSupport} method Vaadin 25 no longer has.
     */
    protected static <V> void userSets(com.vaadin.flow.component.AbstractField<?, V> field, V value) {
        try {
            var setModelValue = com.vaadin.flow.component.AbstractField.class
                    .getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text typed by the user into a money field, as they would write it ("85.000", "Rp 1.250.000"). */
    protected static void types(RupiahField field, String text) {
        userSets(LocatorJ._get(field, TextField.class), text);
    }

    protected <T extends com.vaadin.flow.component.Component> T navigate(Class<T> view) {
        UI.getCurrent().navigate(view);
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(view);
    }
}
