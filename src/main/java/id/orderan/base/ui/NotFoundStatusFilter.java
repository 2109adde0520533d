package id.orderan.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin serves every page as the same HTML shell (HTTP 200) and navigates afterwards, so the status
 * an error view returns never reaches the page request. For a signed-in user's page request whose
 * route parameter names nothing, this filter (after Spring Security) sets 404 before Vaadin writes
 * the page; the page then shows {@link NotFoundView}.
 *
 * @see <a href="../../../../../../../docs/decisions/0082-friendly-not-found-and-access-denied-views.md">0082 error views</a>
 */
@Component
public class NotFoundStatusFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(NotFoundStatusFilter.class);

    private final ObjectProvider<MissingRouteTarget> targets;

    public NotFoundStatusFilter(ObjectProvider<MissingRouteTarget> targets) {
        this.targets = targets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPageRequest(request) && signedIn() && missing(path(request))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        chain.doFilter(request, response);
    }

    private boolean missing(String path) {
        List<MissingRouteTarget> checks = targets.orderedStream().toList();
        for (MissingRouteTarget check : checks) {
            try {
                if (check.isMissing(path)) {
                    return true;
                }
            } catch (RuntimeException e) { // a refusal or hiccup: leave the answer to the page itself
                log.debug("Could not check {}", path, e);
            }
        }
        return false;
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null;
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
