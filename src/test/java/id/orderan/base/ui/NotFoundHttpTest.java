package id.orderan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.security.Role;
import id.orderan.support.HttpSignIn;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11, defect 13 over real HTTP: an unknown order in a link answers 404, without a stack trace. */
class NotFoundHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Test
    void an_unknown_order_number_answers_404_without_a_stack_trace() throws Exception {
        testUsers.ensure("cs-notfound", "teh-manis-hangat", Role.CS);
        var browser = new HttpSignIn(port, "10.11.13.1");
        assertThat(browser.signedIn("cs-notfound", "teh-manis-hangat")).isTrue();

        HttpResponse<String> response = browser.get("/orders/INV-2611-99999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception", "at id.orderan", "at com.vaadin");
    }

    @Test
    void a_path_that_matches_no_page_answers_404_to_a_signed_in_user() throws Exception {
        testUsers.ensure("cs-notfound", "teh-manis-hangat", Role.CS);
        var browser = new HttpSignIn(port, "10.11.13.2");
        assertThat(browser.signedIn("cs-notfound", "teh-manis-hangat")).isTrue();

        assertThat(browser.get("/tidak-ada/sama-sekali").statusCode()).isEqualTo(404);
        assertThat(browser.get("/orders").statusCode()).as("a page that exists").isEqualTo(200);
    }

    @Test
    void a_page_of_another_role_answers_403() throws Exception {
        testUsers.ensure("gudang-notfound", "teh-manis-hangat", Role.GUDANG);
        var browser = new HttpSignIn(port, "10.11.13.3");
        assertThat(browser.signedIn("gudang-notfound", "teh-manis-hangat")).isTrue();

        assertThat(browser.get("/orders/new").statusCode()).isEqualTo(403);
        assertThat(browser.get("/customers").statusCode()).isEqualTo(403);
        assertThat(browser.get("/orders").statusCode()).as("the warehouse's own list").isEqualTo(200);
    }
}
