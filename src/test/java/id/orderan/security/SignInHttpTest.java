package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.support.HttpSignIn;
import id.orderan.support.IntegrationTest;
import id.orderan.support.MutableClock;
import id.orderan.support.TestData;
import id.orderan.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in over real HTTP against the running server, like the login form posts it: throttling (with
 * the test clock moved forward), the sign-in log, CSRF, disabled accounts and ended sessions, cookie
 * and header settings. Each test signs in from its own client address (X-Forwarded-For from the
 * trusted local proxy) and with its own usernames, so no test is throttled by another.
 */
class SignInHttpTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.core.env.Environment environment;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void the_sixth_wrong_password_within_15_minutes_is_refused_and_so_is_the_right_one_until_the_wait_passes() throws Exception {
        String name = unique("throttle");
        testUsers.ensure(name, "kopi-tubruk-panas", Role.CS);
        var browser = new HttpSignIn(port, address());

        for (int i = 1; i <= 5; i++) {
            assertThat(browser.signedIn(name, "salah-sandi-" + i)).as("wrong password " + i).isFalse();
        }
        assertThat(browser.signedIn(name, "salah-sandi-6")).isFalse();
        assertThat(browser.signedIn(name, "kopi-tubruk-panas")).as("right password while throttled").isFalse();
        clock.advance(Duration.ofSeconds(50));
        assertThat(browser.signedIn(" " + name.toUpperCase() + " ", "kopi-tubruk-panas")).as("still within the minute").isFalse();
        clock.advance(Duration.ofSeconds(15));
        assertThat(browser.signedIn(name, "kopi-tubruk-panas")).as("after the 1-minute wait").isTrue();

        assertThat(outcomesOf(name)).containsExactly("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE",
                "THROTTLED", "THROTTLED", "THROTTLED", "SUCCESS");
        assertThat(jdbc.queryForList("SELECT DISTINCT client_address FROM sign_in_attempt WHERE username = ?",
                String.class, name)).containsExactly(browser.forwardedFor());
        assertThat(users.findByUsername(name).orElseThrow().getLastSignInAt()).isNotNull();
    }

    @Test
    void each_failure_right_after_a_wait_makes_the_next_wait_longer() throws Exception {
        String name = unique("grow");
        testUsers.ensure(name, "nasi-goreng-pedas", Role.CS);
        var browser = new HttpSignIn(port, address());
        for (int i = 1; i <= 5; i++) {
            browser.signedIn(name, "salah-" + i);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(browser.signedIn(name, "salah-lagi")).isFalse(); // allowed through, wrong: now 5 minutes

        clock.advance(Duration.ofMinutes(2));
        assertThat(browser.signedIn(name, "nasi-goreng-pedas")).as("2 of 5 minutes").isFalse();
        clock.advance(Duration.ofMinutes(4));
        assertThat(browser.signedIn(name, "nasi-goreng-pedas")).as("after 5 minutes").isTrue();
        assertThat(outcomesOf(name)).containsExactly("FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE",
                "THROTTLED", "SUCCESS");
    }

    @Test
    void failures_from_one_address_hold_back_every_username_from_it_without_telling_which_exist() throws Exception {
        String name = unique("kantor");
        testUsers.ensure(name, "es-teh-manis-jumbo", Role.CS);
        String address = address();
        var attacker = new HttpSignIn(port, address);
        for (int i = 1; i <= 5; i++) {
            assertThat(attacker.signedIn(unique("tebak"), "salah-" + i)).isFalse();
        }

        assertThat(new HttpSignIn(port, address).signedIn(name, "es-teh-manis-jumbo")).as("same address").isFalse();
        assertThat(new HttpSignIn(port, address()).signedIn(name, "es-teh-manis-jumbo")).as("another address").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_attempt WHERE client_address = ? AND outcome = 'THROTTLED'",
                Integer.class, address)).isEqualTo(1);
    }

    @Test
    void a_post_without_the_csrf_token_does_not_sign_in_and_the_form_token_does() throws Exception {
        String name = unique("csrf");
        testUsers.ensure(name, "martabak-manis-keju", Role.CS);
        var browser = new HttpSignIn(port, address());
        browser.get("/login");

        HttpResponse<String> withoutToken = browser.post(name, "martabak-manis-keju", null);

        // refused with 403, which Boot's /error page (not public) turns into the way to the login page
        assertThat(withoutToken.statusCode()).isEqualTo(302);
        assertThat(withoutToken.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(browser.get("/orders").statusCode()).as("still anonymous").isEqualTo(302);
        assertThat(browser.post(name, "martabak-manis-keju", "forged-token").headers().firstValue("Location")
                .orElseThrow()).endsWith("/login");
        assertThat(browser.get("/orders").statusCode()).as("still anonymous").isEqualTo(302);
        assertThat(outcomesOf(name)).as("refused before the password was looked at").isEmpty();

        assertThat(browser.signedIn(name, "martabak-manis-keju")).isTrue();
        assertThat(browser.get("/orders").statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_gets_the_same_answer_as_a_wrong_password() throws Exception {
        String name = unique("cuti");
        testUsers.ensure(name, "bakso-urat-malang", Role.GUDANG);
        disable(name);
        var browser = new HttpSignIn(port, address());

        HttpResponse<String> disabled = browser.signIn(name, "bakso-urat-malang");
        HttpResponse<String> wrong = browser.signIn(name, "bukan-sandinya");

        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(disabled.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
        assertThat(disabled.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/orders").statusCode()).isEqualTo(302);
        assertThat(outcomesOf(name)).containsExactly("DISABLED", "DISABLED");
    }

    @Test
    void disabling_a_user_ends_their_open_session() throws Exception {
        String name = unique("pulang");
        testUsers.ensure(name, "soto-betawi-santan", Role.CS);
        var browser = new HttpSignIn(port, address());
        assertThat(browser.signedIn(name, "soto-betawi-santan")).isTrue();
        assertThat(browser.get("/orders").statusCode()).isEqualTo(200);

        disable(name);

        HttpResponse<String> next = browser.get("/orders");
        assertThat(next.statusCode()).as("the session has ended").isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void resetting_a_password_ends_the_open_session_too() throws Exception {
        String name = unique("lupa");
        testUsers.ensure(name, "gado-gado-siram", Role.CS);
        var browser = new HttpSignIn(port, address());
        assertThat(browser.signedIn(name, "gado-gado-siram")).isTrue();

        UserRow row = row(name);
        IssuedPassword issued = TestData.asAdmin(() -> users.resetPassword(row.id(), row.version()));

        assertThat(browser.get("/orders").statusCode()).isEqualTo(302);
        assertThat(browser.signedIn(name, "gado-gado-siram")).isFalse();
        assertThat(browser.signedIn(name, issued.password())).isTrue();
    }

    @Test
    void the_login_page_sends_security_headers_and_a_locked_down_session_cookie() throws Exception {
        var browser = new HttpSignIn(port, address());
        HttpResponse<String> page = browser.get("/login");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(sessionCookie(page)).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(page.body()).contains("<meta name=\"_csrf\"");

        var overHttps = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", address()).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(overHttps)).as("behind an HTTPS proxy").containsIgnoringCase("Secure");
    }

    @Test
    void an_idle_session_ends_after_60_minutes_whatever_the_heartbeat() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(60));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                .as("Vaadin heartbeats must not keep a session alive").isTrue();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private void disable(String name) {
        UserRow row = row(name);
        TestData.asAdmin(() -> {
            users.setEnabled(row.id(), row.version(), false);
            return null;
        });
    }

    private UserRow row(String username) {
        return TestData.asAdmin(() -> users.users(0, 10_000)).stream()
                .filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    private List<String> outcomesOf(String username) {
        return jdbc.queryForList("SELECT outcome FROM sign_in_attempt WHERE username = ? ORDER BY id", String.class, username);
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    /** A documentation address (TEST-NET-3) of its own for each client. */
    private static String address() {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 50_000);
        return "203.0." + (n / 250 % 250) + "." + (n % 250 + 1);
    }
}
