package id.orderan.warehouse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.orderan.warehouse.QueueOrder;
import id.orderan.warehouse.WarehouseQueueService;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A queue of the Gudang home: its heading with the count, a page of cards and "Muat lagi" for the next
 * page (paged queries, never the whole queue). {@link #reload} keeps as many cards as were loaded, so
 * a live update does not snap the list back. Ids: {@code <id>}, {@code <id>-count}, {@code <id>-more}.
 */
final class QueueSection extends Div {

    static final int PAGE = 30;

    private final BiFunction<Integer, Integer, List<QueueOrder>> pages;
    private final Function<QueueOrder, QueueCard> cards;
    private final Span count = new Span();
    private final Div list = new Div();
    private final Button more;
    private int loaded;

    QueueSection(String id, String title, BiFunction<Integer, Integer, List<QueueOrder>> pages,
            Function<QueueOrder, QueueCard> cards) {
        this.pages = pages;
        this.cards = cards;
        setId(id);
        addClassName("orderan-queue");
        count.setId(id + "-count");
        count.addClassName("orderan-queue-count");
        var heading = new H3(title + " ");
        heading.add(count);
        list.addClassName("orderan-queue-list");
        more = new Button(getTranslation("warehouse.more"), e -> loadMore());
        more.setId(id + "-more");
        add(heading, list, more);
    }

    /** Shows the first page (or as many as were loaded) again, with the queue's total. */
    void reload(int total) {
        count.setText(String.valueOf(total));
        int wanted = Math.min(Math.max(PAGE, loaded), WarehouseQueueService.MAX_PAGE);
        list.removeAll();
        loaded = 0;
        fill(wanted, total);
    }

    private void loadMore() {
        fill(PAGE, Integer.MAX_VALUE);
    }

    private void fill(int howMany, int total) {
        List<QueueOrder> page = pages.apply(loaded, howMany);
        page.forEach(order -> list.add(cards.apply(order)));
        loaded += page.size();
        if (loaded == 0) {
            list.add(new Div(getTranslation("warehouse.queue.empty")));
        }
        more.setVisible(page.size() == howMany && loaded < total);
    }
}
