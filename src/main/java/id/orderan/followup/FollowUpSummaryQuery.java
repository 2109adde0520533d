package id.orderan.followup;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per order of a List Order page: how many reminders went out and when the last did. Plain SQL on
 * purpose: every open List Order asks this on every live refresh, and through JPQL each page size
 * (the IN list's length) cost Hibernate a fresh query translation, the largest share of a refresh
 * (measured in the form-orders benchmark with 20 open screens). Times are stored in UTC (`hibernate.jdbc.time_zone`).
 */
@Component
class FollowUpSummaryQuery {

    private final NamedParameterJdbcTemplate jdbc;

    FollowUpSummaryQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, FollowUpSummary> of(Collection<Long> orderIds) {
        Map<Long, FollowUpSummary> result = new HashMap<>();
        if (orderIds.isEmpty()) {
            return result;
        }
        jdbc.query("SELECT order_id, COUNT(*) AS sent, MAX(sent_at) AS last FROM follow_up"
                + " WHERE order_id IN (:ids) AND state = 'SENT' GROUP BY order_id", Map.of("ids", orderIds), rs -> {
                    result.put(rs.getLong("order_id"), new FollowUpSummary(rs.getLong("sent"),
                            rs.getObject("last", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                });
        return result;
    }
}
