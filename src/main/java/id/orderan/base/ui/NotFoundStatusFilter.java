package id.orderan.base.ui;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Vaadin serves every page as the same HTML shell (HTTP 200) and navigates afterwards, so the status
 * an error view returns never reaches the page request. For a signed-in user's page request this
 * filter (after Spring Security) sets the status the page will show before Vaadin writes it:
 * <ul>
 *   <li>404 when the path matches no route, or its route parameter names nothing
 *       ({@link MissingRouteTarget}); the page shows {@link NotFoundView};</li>
 *   <li>403 when the route belongs to other roles (its access annotations, checked by Vaadin's
 *       {@link AccessAnnotationChecker} as navigation will); the page shows {@link AccessDeniedView}.</li>
 * </ul>
 * Requests for files (a dot in the last segment), Vaadin's own resources and Spring MVC handlers (the
 * PDFs) are left alone.
 *
 * @see <a href="../../../../../../../docs/decisions/0082-friendly-not-found-and-access-denied-views.md">0082 error views</a>
 */
@Component
public class NotFoundStatusFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(NotFoundStatusFilter.class);

    private final ObjectProvider<MissingRouteTarget> targets;
    private final AccessAnnotationChecker accessChecker;
    private final RequestMappingHandlerMapping controllers;

    public NotFoundStatusFilter(ObjectProvider<MissingRouteTarget> targets, AccessAnnotationChecker accessChecker,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) {
        this.targets = targets;
        this.accessChecker = accessChecker;
        this.controllers = controllers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPageRequest(request) && signedIn() && !servedByController(request)) {
            int status = status(request, path(request));
            if (status != HttpServletResponse.SC_OK) {
                response.setStatus(status);
            }
        }
        chain.doFilter(request, response);
    }

    private int status(HttpServletRequest request, String path) {
        Optional<Class<?>> route = route(request, path);
        if (route.isEmpty()) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (!accessChecker.hasAccess(route.get(), request)) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return missing(path) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK;
    }

    private static Optional<Class<?>> route(HttpServletRequest request, String path) {
        RouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        NavigationRouteTarget target = routes.getNavigationRouteTarget(path);
        return target.hasTarget() ? Optional.<Class<?>>of(target.getRouteTarget().getTarget()) : Optional.empty();
    }

    private boolean servedByController(HttpServletRequest request) {
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) { // cannot tell: leave the answer to whoever serves it
            return true;
        }
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
        String path = path(request);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && !path.startsWith("VAADIN/") && !lastSegment.contains(".");
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
