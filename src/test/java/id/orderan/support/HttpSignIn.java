package id.orderan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Signs in over real HTTP like the login form does: GET /login for the session and the CSRF token
 * (from the page's {@code <meta name="_csrf">}), then POST /login. One instance is one browser (cookies
 * kept); {@code forwardedFor} plays a client behind the reverse proxy (Tomcat trusts X-Forwarded-For
 * from 127.0.0.1), so tests do not share a client address with each other.
 */
public final class HttpSignIn {

    private static final Pattern CSRF_META = Pattern.compile("<meta[^>]*name=\"_csrf\"[^>]*content=\"([^\"]+)\"");

    private final int port;
    private final @Nullable String forwardedFor;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpSignIn(int port, @Nullable String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
    }

    public HttpSignIn(int port) {
        this(port, null);
    }

    public HttpClient client() {
        return client;
    }

    public @Nullable String forwardedFor() {
        return forwardedFor;
    }

    /** The CSRF token of the login page, as the LoginForm finds it. */
    public String csrfToken() throws IOException, InterruptedException {
        String page = get("/login").body();
        var matcher = CSRF_META.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No <meta name=\"_csrf\"> on the login page");
        }
        return matcher.group(1);
    }

    /** Posts the form with a fresh token; the answer is Spring Security's redirect. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return post(username, password, csrfToken());
    }

    /** True when the sign-in was accepted (redirected anywhere but back to the login page's error). */
    public boolean signedIn(String username, String password) throws IOException, InterruptedException {
        var response = signIn(username, password);
        return response.statusCode() == 302
                && response.headers().firstValue("Location").filter(l -> !l.contains("error")).isPresent();
    }

    public HttpResponse<String> post(String username, String password, @Nullable String csrfToken)
            throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
        var request = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
