package id.orderan.security.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Web security (lives with the login view it names). Vaadin views are protected by their access
 * annotations; service methods by {@code @PreAuthorize}, which is what really guards the data.
 *
 * @see <a href="../../../../../../../docs/decisions/0032-sign-in-form-csrf-sessions-and-headers.md">0032 CSRF, sessions, headers</a>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // no jsr250: it would proxy every @PermitAll view; services use @PreAuthorize
class SecurityConfig {

    /**
     * What Vaadin Flow tolerates: its client runs {@code executeJs} through {@code new Function}
     * ('unsafe-eval'), its bootstrap page carries inline scripts (including the one that puts the CSRF
     * token into the login form) and components set inline styles ('unsafe-inline'). Everything is
     * served from this origin; pictures also come as data:/blob: URLs. No {@code object-src 'none'}:
     * Chromium's PDF viewer counts as a plugin, and invoices open as same-origin PDFs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Vaadin's strategy, with the system user and the buyer winning while they act (decision 0153);
     * also made the global one, as Vaadin's own configuration does for its strategy.
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        var strategy = new ActingFirstContextStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategy);
        return strategy;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, SessionRegistry sessions)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/icons/**", "/themes/**", "/images/**").permitAll()
                // the buyer's order page (storefront, decision 0130): anonymous reads; its future POSTs
                // stay under CSRF protection, which is why only GET is opened here
                .requestMatchers(HttpMethod.GET, "/o", "/o/**").permitAll()
                // the buyer's payment confirmation (decision 0131): anonymous, but CSRF-checked like any POST
                .requestMatchers(HttpMethod.POST, "/o/*/konfirmasi").permitAll()
                // private order links (decision 0140): anonymous page and "Konfirmasi pesanan", CSRF-checked
                .requestMatchers(HttpMethod.GET, "/p", "/p/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/p/*").permitAll()
                // order forms (decision 0135): the form, its area search and its CSRF-checked POST
                .requestMatchers(HttpMethod.GET, "/f/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/f/*").permitAll()
                // PDFs: any signed-in user reaches the controller; DocumentService checks the role
                .requestMatchers("/documents/**").authenticated());
        // Vaadin's own CSRF configuration also exempts the login form's POST; we keep only its
        // exemption for framework requests (UIDL, heartbeat: protected by Vaadin's own token). The
        // LoginForm posts Spring's token: Flow writes it into <meta name="_csrf"> of the page and
        // <vaadin-login-form> adds it to the form it submits.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // every sign-in is registered, so disabling an account can end its sessions (UserSessions)
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredSessionStrategy(expiredSession(requestUtil)));
        http.headers(headers -> {
            // eagerly: Vaadin's pages are served through a forward to its servlet, which commits the
            // response behind the filter's back, so headers written "on commit" would never be sent
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
        });
        // X-Content-Type-Options: nosniff and X-Frame-Options: DENY are Spring Security's defaults
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // a path that matches no route reaches Vaadin for signed-in users, so they see the
                // not-found page (404) instead of Spring's bare 403; visitors still go to the login page
                .anyRequest(AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * A session ended by an admin: Spring Security has already logged it out. A page request goes to
     * the login page; a Vaadin request (UIDL, heartbeat) gets Vaadin's "session expired" answer, on
     * which the browser reloads and so lands on the login page too.
     */
    static SessionInformationExpiredStrategy expiredSession(RequestUtil requestUtil) {
        return event -> {
            var request = event.getRequest();
            var response = event.getResponse();
            if (requestUtil.isFrameworkInternalRequest(request)) {
                response.setContentType("application/json; charset=UTF-8");
                response.getOutputStream().write(VaadinService.createSessionExpiredJSON(false)
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
