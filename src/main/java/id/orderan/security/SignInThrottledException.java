package id.orderan.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused because of too many failures for the username or the client address; the login
 * page shows "wait and try again", never whether the user exists.
 */
public class SignInThrottledException extends AuthenticationException {

    public SignInThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
