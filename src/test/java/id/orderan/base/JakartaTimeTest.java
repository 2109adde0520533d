package id.orderan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JakartaTimeTest {

    @Test
    void shows_utc_instants_in_jakarta_time_with_indonesian_months() {
        Instant utc = Instant.parse("2026-11-26T07:05:00Z");

        assertThat(JakartaTime.format(utc)).isEqualTo("26 Nov 2026 14:05");
        assertThat(JakartaTime.format(Instant.parse("2026-08-17T03:00:00Z"))).isEqualTo("17 Agu 2026 10:00");
        assertThat(JakartaTime.format(Instant.parse("2026-12-31T17:30:00Z"))).isEqualTo("1 Jan 2027 00:30");
    }

    @Test
    void english_users_get_english_month_names() {
        assertThat(JakartaTime.format(Instant.parse("2026-08-17T03:00:00Z"), Locale.ENGLISH))
                .isEqualTo("17 Aug 2026 10:00");
    }
}
