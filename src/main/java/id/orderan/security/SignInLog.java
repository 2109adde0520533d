package id.orderan.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the sign-in log (and the user's last sign-in) in its own transaction, whatever the caller does. */
@Component
class SignInLog {

    private final SignInAttemptRepository attempts;
    private final AppUserRepository users;
    private final Clock clock;

    SignInLog(SignInAttemptRepository attempts, AppUserRepository users, Clock clock) {
        this.attempts = attempts;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String username, String clientAddress, SignInOutcome outcome) {
        var now = clock.instant();
        attempts.save(new SignInAttempt(now, username, clientAddress, outcome));
        if (outcome == SignInOutcome.SUCCESS) {
            users.recordSignIn(username, now);
        }
    }

    /**
     * Usernames are compared trimmed and case-insensitively on purpose: staff type on tablets and
     * phones that capitalise the first letter and keep a trailing space from autocomplete, and
     * "Admin" and "admin" being two accounts would only invite impersonation. Accounts are stored
     * in this form (see UserService), the sign-in log and the throttle use it too, so "Admin " cannot
     * dodge the throttle of "admin".
     */
    static String normalizeUsername(String typed) {
        String normalized = typed.trim().toLowerCase(Locale.ROOT);
        return normalized.length() > 100 ? normalized.substring(0, 100) : normalized;
    }

    static String normalizeAddress(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
