package id.orderan.order;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of timeline text before translation: the feature that knows the event names the key, the order
 * detail view translates it in the user's language. Arguments are other texts, dates (formatted in the
 * user's locale) or values shown as they are.
 */
public sealed interface TimelineText {

    record Plain(String value) implements TimelineText {}

    /** {@code args}: {@link TimelineText}, {@link LocalDate} or a value shown with {@code String.valueOf}. */
    record Translated(String key, List<Object> args) implements TimelineText {

        public Translated {
            args = List.copyOf(args);
        }
    }

    /** Parts written one after the other ("WhatsApp FU 2"). */
    record Joined(List<TimelineText> parts) implements TimelineText {

        public Joined {
            parts = List.copyOf(parts);
        }
    }

    static TimelineText plain(String value) {
        return new Plain(value);
    }

    static TimelineText key(String key, Object... args) {
        return new Translated(key, Arrays.asList(args));
    }

    static TimelineText joined(TimelineText... parts) {
        return new Joined(List.of(parts));
    }
}
