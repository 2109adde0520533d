package id.orderan.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for audit trails. Reads Spring Security's context, which Vaadin fills for UI
 * requests and the servlet filter chain fills for plain HTTP requests.
 */
@Component
public class CurrentUser {

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /**
     * The name written in audit trails ({@code updated_by}, the timeline, stock movements): the
     * signed-in user, or {@value SystemUser#NAME} for work nobody signed in for.
     *
     * @see <a href="../../../../../../docs/decisions/0120-background-work-as-the-system-user.md">0120</a>
     */
    public String actorName() {
        return username().orElse(SystemUser.NAME);
    }

    public boolean hasAnyRole(Collection<Role> roles) {
        return roles.stream().anyMatch(this::hasRole);
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
