package id.orderan.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The anonymous buyer acting on a storefront page: one call runs as the user {@value #NAME} with the
 * role {@link Role#BUYER}, so the services' {@code @PreAuthorize}, the state machine's role check and
 * the audit trail treat the buyer as a distinct actor. Only the storefront grants it, only for the
 * call that its token already vouches for; nothing stores it (no session, no account).
 *
 * @see <a href="../../../../../../docs/decisions/0131-the-buyer-as-an-actor.md">0131 the buyer as an actor</a>
 */
public final class Buyer {

    public static final String NAME = "pembeli";

    private Buyer() {}

    public static <T> T act(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = new ActingContext(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(Role.BUYER.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
