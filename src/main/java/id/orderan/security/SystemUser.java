package id.orderan.security;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does by itself (automatic emails after a status change): it runs as the user
 * {@value #NAME} with the customer-service role, so the services' role checks and audit trail apply
 * to it like to anyone else, and timelines show "system" as the actor.
 *
 * @see <a href="../../../../../../docs/decisions/0120-background-work-as-the-system-user.md">0120 background work as the system user</a>
 */
public final class SystemUser {

    public static final String NAME = "system";

    private SystemUser() {}

    /** The task, run on the current (background) thread as the system user. */
    public static Runnable wrap(Runnable task) {
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = new ActingContext(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                    List.of(new SimpleGrantedAuthority(Role.CS.authority()))));
            SecurityContextHolder.setContext(context);
            try {
                task.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }
}
