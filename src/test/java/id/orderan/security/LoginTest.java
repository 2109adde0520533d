package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.security.ui.LoginView;
import id.orderan.support.KaribuTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class LoginTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Test
    void an_unauthenticated_request_to_orders_lands_on_the_login_page() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void the_login_page_speaks_indonesian_and_explains_a_wrong_password() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // the texts reach the browser as the component's i18n property
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("Nama pengguna atau kata sandi salah", "\"Nama pengguna\"", "Kata sandi",
                "\"Masuk\"");
    }

    @Test
    void too_many_attempts_are_explained_as_a_wait_and_the_title_is_translated() {
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION, new SignInThrottledException());
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Terlalu banyak percobaan masuk", "Tunggu beberapa menit")
                .doesNotContain("Nama pengguna atau kata sandi salah");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Masuk · Orderan");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login_instead_of_seeing_orders() {
        UI.getCurrent().navigate("orders");

        LocatorJ._assertOne(LoginView.class);
    }
}
