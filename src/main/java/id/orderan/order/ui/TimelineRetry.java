package id.orderan.order.ui;

import com.vaadin.flow.component.UI;
import org.springframework.modulith.NamedInterface;

/**
 * Retries a timeline entry that says it can be tried again ({@link id.orderan.order.TimelineEntry.Retry}),
 * contributed by the feature that recorded it (followup: a failed email), and tells the user how it went.
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
@NamedInterface("ui")
public interface TimelineRetry {

    /** Matches {@link id.orderan.order.TimelineEntry.Retry#kind()}. */
    String kind();

    /** {@code ui}: where to tell the user (in their language). The view re-reads the order afterwards. */
    void retry(long id, UI ui);
}
