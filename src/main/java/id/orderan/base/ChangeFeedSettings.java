package id.orderan.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderan.changes.*}: how this node writes and reads the {@link ChangeFeed}.
 *
 * @param node this node's name in {@code change_feed.node} (default: process id, host and a random part,
 *     new at every start, so a restarted node never mistakes another's rows for its own)
 * @param pollInterval how often the node reads the feed; 0 for never (the poll is then only called by hand)
 * @param window how far back in time every poll looks again, for rows whose lower id committed late
 * @param keep how long a row stays before any node prunes it
 * @param pruneBatch rows deleted by one prune statement, so pruning never holds many locks
 * @see "docs/decisions/0190-change-feed-across-nodes.md"
 */
@ConfigurationProperties("orderan.changes")
public record ChangeFeedSettings(@DefaultValue("") String node, @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") Duration window, @DefaultValue("10m") Duration keep,
        @DefaultValue("500") int pruneBatch) {

    public ChangeFeedSettings {
        node = NodeName.orDefault(node);
    }
}
