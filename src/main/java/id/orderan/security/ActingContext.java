package id.orderan.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A security context that code puts on its thread on purpose, for one call: the system user's
 * ({@link SystemUser}) or the buyer's ({@link Buyer}). It must win over whatever the thread's HTTP or
 * Vaadin session says: Vaadin's context strategy prefers the Vaadin session's context, so without this
 * mark the system user's automatic email in a warehouse user's resi request still ran as GUDANG and
 * was refused (decision 0153).
 */
public final class ActingContext extends SecurityContextImpl {

    ActingContext(Authentication authentication) {
        super(authentication);
    }
}
