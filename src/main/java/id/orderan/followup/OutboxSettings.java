package id.orderan.followup;

import id.orderan.base.NodeName;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderan.outbox.*}: how the email worker of this node polls, claims and paces.
 *
 * @param node this node's name in {@code claimed_by} (default: host, process id and a random part)
 * @param pollInterval how often the worker looks for due rows besides being woken after a commit
 * @param batchSize rows claimed at once
 * @param lease how long a claim holds; a node silent for longer is taken for dead and its rows reclaimed
 * @param maxAttempts SMTP attempts before a temporary failure becomes FAILED
 * @param backoff the wait after the first failed attempt (then ×4 each time)
 * @param maxPerMinute 0 for no limit; many providers cap how fast one account may send
 * @see "docs/decisions/0091-outbox-lease-and-at-least-once.md"
 */
@ConfigurationProperties("orderan.outbox")
record OutboxSettings(@DefaultValue("") String node, @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int batchSize, @DefaultValue("2m") Duration lease, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration backoff, @DefaultValue("0") int maxPerMinute) {

    OutboxSettings {
        node = NodeName.orDefault(node);
    }
}
