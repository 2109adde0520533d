package id.orderan.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a password: refuses while throttled (before the password is even
 * checked, so the right password does not help), checks the password against the database, and
 * records every attempt in the sign-in log. Being the only {@link AuthenticationProvider} bean, Spring
 * Security uses it instead of its default provider.
 *
 * @see SignInThrottle
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInLog log;

    ThrottlingAuthenticationProvider(DatabaseUserDetailsService userDetails, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInLog log) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = SignInLog.normalizeUsername(authentication.getName());
        String address = SignInLog.normalizeAddress(clientAddress(authentication));
        if (throttle.blockedUntil(username, address).isPresent()) {
            log.record(username, address, SignInOutcome.THROTTLED);
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            log.record(username, address, SignInOutcome.SUCCESS);
            return result;
        } catch (DisabledException e) {
            log.record(username, address, SignInOutcome.DISABLED);
            // the same answer as a wrong password: a disabled account is not confirmed to exist
            throw new BadCredentialsException("Bad credentials", e);
        } catch (AuthenticationException e) {
            log.record(username, address, SignInOutcome.FAILURE);
            throw e;
        }
    }

    /**
     * The remote address of the form post; behind a reverse proxy Tomcat's RemoteIpValve has already
     * put the client's address from X-Forwarded-For there (server.forward-headers-strategy=native).
     */
    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
