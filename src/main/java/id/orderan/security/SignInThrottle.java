package id.orderan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling, computed from the sign-in log itself (so it survives restarts and needs no
 * state of its own). For a username and, separately, for a client address: after
 * {@value #MAX_FAILURES} failures within {@link #WINDOW}, attempts are refused for 1 minute; every
 * further failure right after a wait ends makes the next wait longer (5, then 15 minutes). A success
 * for the name or address starts over, and so does a quiet {@link #WINDOW} after a wait.
 *
 * @see <a href="../../../../../../docs/decisions/0030-sign-in-throttling.md">0030 sign-in throttling</a>
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
    /** Failures older than this never matter: the longest wait plus the window, with room. */
    private static final Duration LOOK_BACK = Duration.ofHours(24);
    private static final Set<SignInOutcome> FAILURES = Set.of(SignInOutcome.FAILURE, SignInOutcome.DISABLED);
    private static final PageRequest AT_MOST = PageRequest.of(0, 500);

    private final SignInAttemptRepository attempts;
    private final Clock clock;

    SignInThrottle(SignInAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Until when sign-in is refused for this username or this address, if it is now. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> blockedUntil(String username, String clientAddress) {
        Instant now = clock.instant();
        Instant floor = now.minus(LOOK_BACK);
        Instant byName = blockedUntil(attempts.timesOfUsername(username, FAILURES,
                later(floor, attempts.lastOfUsername(username, SignInOutcome.SUCCESS)), AT_MOST));
        Instant byAddress = blockedUntil(attempts.timesOfAddress(clientAddress, FAILURES,
                later(floor, attempts.lastOfAddress(clientAddress, SignInOutcome.SUCCESS)), AT_MOST));
        Instant until = byName == null ? byAddress : byAddress == null ? byName : later(byName, Optional.of(byAddress));
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** Replays the failures (oldest first) and returns the end of the last wait they caused, if any. */
    static @Nullable Instant blockedUntil(List<Instant> failures) {
        Instant until = null;
        int level = 0;
        int windowStart = 0;
        for (int i = 0; i < failures.size(); i++) {
            Instant at = failures.get(i);
            if (until != null) {
                if (at.isBefore(until)) {
                    continue; // raced past the check while a wait was on: it does not lengthen the wait
                }
                if (Duration.between(until, at).compareTo(WINDOW) <= 0) {
                    level++;
                    until = at.plus(WAITS.get(Math.min(level, WAITS.size()) - 1));
                    continue;
                }
                until = null; // quiet long enough: start over
                level = 0;
                windowStart = i;
            }
            while (!failures.get(windowStart).isAfter(at.minus(WINDOW))) {
                windowStart++;
            }
            if (i - windowStart + 1 >= MAX_FAILURES) {
                level = 1;
                until = at.plus(WAITS.getFirst());
            }
        }
        return until;
    }

    private static Instant later(Instant a, Optional<Instant> b) {
        return b.filter(x -> x.isAfter(a)).orElse(a);
    }
}
