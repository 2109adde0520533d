package id.orderan.order;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * List Order's Follow Up column, filled by the followup feature (which depends on {@code order}, never
 * the other way): how many reminders each unpaid order got and when the last one went out.
 *
 * @see <a href="../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
public interface OrderFollowUps {

    /** The column's two buttons; each opens the order action of the same name. */
    enum Channel {
        WHATSAPP, EMAIL;

        /** The id of the contributed order action this button runs: {@code followup-whatsapp}. */
        public String actionId() {
            return "followup-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** "FU 2 · 3 jam lalu". */
    record Summary(long sent, Instant last) {}

    /** For the orders of one grid page; orders without a reminder are missing from the map. */
    Map<Long, Summary> summaries(List<Long> orderIds);
}
