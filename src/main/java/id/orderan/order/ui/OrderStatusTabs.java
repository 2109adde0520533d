package id.orderan.order.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import id.orderan.base.Rupiah;
import id.orderan.order.StatusCounts;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** List Order's status tabs, each with its count; the selected tab is kept in view on narrow screens. */
class OrderStatusTabs extends Tabs {

    private final Map<OrderTab, Tab> tabs = new EnumMap<>(OrderTab.class);
    private final Map<OrderTab, Span> counts = new EnumMap<>(OrderTab.class);

    OrderStatusTabs(Consumer<UnaryOperator<OrderListState>> changes) {
        addClassName("orderan-status-tabs");
        for (OrderTab tab : OrderTab.values()) {
            var count = new Span("0");
            count.addClassName("orderan-tab-count");
            var component = new Tab(getTranslation(tab.labelKey()));
            component.add(count);
            component.setId("tab-" + tab.slug());
            tabs.put(tab, component);
            counts.put(tab, count);
            add(component);
        }
        addSelectedChangeListener(e -> changes.accept(s -> s.withTab(selected())));
        setWidthFull();
    }

    OrderTab selected() {
        return tabs.entrySet().stream().filter(e -> e.getValue() == getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(OrderTab.SEMUA);
    }

    void show(OrderTab tab) {
        if (selected() != tab) {
            setSelectedTab(tabs.get(tab));
        }
        // a tablet shows only some tabs: a link to Sukses must not open with its tab scrolled away
        tabs.get(tab).getElement().executeJs("this.scrollIntoView({block: 'nearest', inline: 'nearest'})");
    }

    /** A tab whose count stopped at the cap shows "10.000+", and says why on hover (decision 0210). */
    void showCounts(StatusCounts statusCounts) {
        counts.forEach((tab, label) -> {
            if (statusCounts.capped(tab.statuses())) {
                label.setText(getTranslation("orders.tab.count-more", statusCounts.cap()));
                label.getElement().setAttribute("title", getTranslation("orders.tab.count-more.title",
                        statusCounts.cap()));
            } else {
                label.setText(Rupiah.digits(statusCounts.sum(tab.statuses())));
                label.getElement().removeAttribute("title");
            }
        });
    }
}
