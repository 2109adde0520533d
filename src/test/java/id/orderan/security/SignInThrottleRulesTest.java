package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waiting rules on their own, without Spring: failures in, end of the wait out. */
class SignInThrottleRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void four_failures_cause_no_wait_and_the_fifth_within_15_minutes_a_minute() {
        assertThat(SignInThrottle.blockedUntil(at(0, 60, 120, 180))).isNull();
        assertThat(SignInThrottle.blockedUntil(at(0, 60, 120, 180, 240))).isEqualTo(T0.plusSeconds(240 + 60));
    }

    @Test
    void five_failures_spread_over_more_than_15_minutes_cause_no_wait() {
        assertThat(SignInThrottle.blockedUntil(at(0, 300, 600, 900, 1200))).isNull();
    }

    @Test
    void failures_right_after_each_wait_grow_it_to_5_and_then_15_minutes() {
        List<Instant> failures = new ArrayList<>(at(0, 1, 2, 3, 4));
        failures.add(T0.plusSeconds(4 + 60)); // just after the first minute
        assertThat(SignInThrottle.blockedUntil(failures)).isEqualTo(T0.plusSeconds(64 + 300));
        failures.add(T0.plusSeconds(64 + 300));
        assertThat(SignInThrottle.blockedUntil(failures)).isEqualTo(T0.plusSeconds(364 + 900));
        failures.add(T0.plusSeconds(364 + 900));
        assertThat(SignInThrottle.blockedUntil(failures)).as("stays at 15").isEqualTo(T0.plusSeconds(1264 + 900));
    }

    @Test
    void a_long_quiet_time_after_a_wait_starts_over() {
        List<Instant> failures = new ArrayList<>(at(0, 1, 2, 3, 4));
        failures.add(T0.plusSeconds(4 + 60 + 16 * 60));
        assertThat(SignInThrottle.blockedUntil(failures)).isNull();
    }

    private static List<Instant> at(long... seconds) {
        var list = new ArrayList<Instant>();
        for (long s : seconds) {
            list.add(T0.plusSeconds(s));
        }
        return list;
    }
}
