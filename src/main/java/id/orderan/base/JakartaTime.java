package id.orderan.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants are stored in UTC and shown in the sellers' time zone, Western Indonesia Time. */
public final class JakartaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private JakartaTime() {}

    /** {@code 26 Nov 2026 14:05}; month abbreviations follow the locale (Agu/Okt/Des in Indonesian). */
    public static String format(Instant instant, Locale locale) {
        return DATE_TIME.withLocale(locale).format(instant);
    }

    public static String format(Instant instant) {
        return format(instant, INDONESIAN);
    }

    public static String format(LocalDate date, Locale locale) {
        return DATE.withLocale(locale).format(date);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
