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
}
