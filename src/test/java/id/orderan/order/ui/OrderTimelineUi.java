package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The timeline of the order detail page as a user reads it: its entries' texts, newest first. */
final class OrderTimelineUi {

    private OrderTimelineUi() {}

    static List<String> timelineEntries() {
        UnorderedList timeline = _get(UnorderedList.class, spec -> spec.withClasses("orderan-timeline"));
        return _find(timeline, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
