package id.orderan.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's open sessions (disabled account, password reset). Sessions are found in Spring
 * Security's {@link SessionRegistry}, filled on sign-in by the session management SecurityConfig sets
 * up; an expired session's next request (a Vaadin UIDL request or heartbeat included) is logged out by
 * Spring Security's ConcurrentSessionFilter, which invalidates the HTTP session.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every session of the user once the current transaction has committed (at once without one). */
    void endSessionsOf(String username) {
        Runnable expire = () -> registry.getAllPrincipals().stream()
                .filter(principal -> username.equals(nameOf(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    expire.run();
                }
            });
        } else {
            expire.run();
        }
    }

    private static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
