package id.orderan.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.security.RequestUtil;
import id.orderan.support.IntegrationTest;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

/** What a session ended by an admin answers: an open tab reloads into the login page, a page request goes there. */
class ExpiredSessionTest extends IntegrationTest {

    @Autowired
    RequestUtil requestUtil;

    @Test
    void a_vaadin_request_of_an_ended_session_gets_vaadins_session_expired_answer() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setPathInfo("/");
        var response = new MockHttpServletResponse();

        SecurityConfig.expiredSession(requestUtil).onExpiredSessionDetected(event(request, response));

        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"sessionExpired\":true");
    }

    @Test
    void a_page_request_of_an_ended_session_goes_to_the_login_page() throws Exception {
        var request = new MockHttpServletRequest("GET", "/orders");
        request.setPathInfo("/orders");
        var response = new MockHttpServletResponse();

        SecurityConfig.expiredSession(requestUtil).onExpiredSessionDetected(event(request, response));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }

    private static SessionInformationExpiredEvent event(MockHttpServletRequest request, MockHttpServletResponse response) {
        var session = new SessionInformation("someone", "session-1", new Date());
        session.expireNow();
        return new SessionInformationExpiredEvent(session, request, response);
    }
}
