package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.RenderersKt.renderLitTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributools.RenderersKt;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSource;
import id.orderan.support.KaribuTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * List Order as a user meets it: fields, tabs and buttons found by id or text, typed into and clicked;
 * the address read from what the page last wrote to the browser's history.
 */
abstract class ListOrderUiTest extends KaribuTest {

    static OrderGrid grid() {
        return _get(OrderGrid.class);
    }

    static List<OrderRow> rows() {
        return GridKt._findAll(grid());
    }

    static Tab tab(OrderTab tab) {
        return _get(Tab.class, spec -> spec.withId("tab-" + tab.slug()));
    }

    /** A click on a status tab (the browser tells the server which tab is now selected). */
    static void clickTab(OrderTab tab) {
        Tab component = tab(tab);
        ((Tabs) component.getParent().orElseThrow()).setSelectedTab(component);
    }

    static OrderTab selectedTab() {
        return Arrays.stream(OrderTab.values()).filter(t -> tab(t).isSelected()).findFirst().orElseThrow();
    }

    /** The number on a tab, as read ("1.234" is 1234). */
    static long tabCount(OrderTab tab) {
        Span count = (Span) tab(tab).getChildren().toList().getLast();
        return Long.parseLong(count.getText().replace(".", ""));
    }

    static String total() {
        return _get(Span.class, spec -> spec.withId("order-count")).getText();
    }

    static TextField search() {
        return _get(TextField.class, spec -> spec.withId("order-search"));
    }

    static void typeSearch(String text) {
        userSets(search(), text);
    }

    @SuppressWarnings("unchecked")
    static MultiSelectComboBox<CustomerCategory> categories() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("filter-category"));
    }

    @SuppressWarnings("unchecked")
    static MultiSelectComboBox<OrderSource> sources() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("filter-source"));
    }

    @SuppressWarnings("unchecked")
    static Select<DatePreset> datePreset() {
        return _get(Select.class, spec -> spec.withId("filter-date"));
    }

    static DatePicker from() {
        return _get(DatePicker.class, spec -> spec.withId("filter-from"));
    }

    static DatePicker to() {
        return _get(DatePicker.class, spec -> spec.withId("filter-to"));
    }

    static Checkbox checkbox(String id) {
        return _get(Checkbox.class, spec -> spec.withId(id));
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    static void pickCategories(Set<CustomerCategory> value) {
        userSets(categories(), value);
    }

    static void pickSources(Set<OrderSource> value) {
        userSets(sources(), value);
    }

    static void pickDates(LocalDate first, LocalDate last) {
        userSets(from(), first);
        userSets(to(), last);
    }

    /** The row (index, as shown) of an order. */
    static int rowOf(String orderNumber) {
        List<OrderRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).orderNumber().equals(orderNumber)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + orderNumber + " in " + rows.stream().map(OrderRow::orderNumber).toList());
    }

    /** A tick in a row's selection checkbox (the browser tells the server which row was ticked). */
    static void tick(int row) {
        OrderGrid grid = grid();
        grid.getSelectionModel().selectFromClient(GridKt._get(grid, row));
    }

    /** A tick in every row's checkbox, one after the other. */
    static void tickAll() {
        for (int row = 0; row < GridKt._size(grid()); row++) {
            tick(row);
        }
    }

    /** What a text or Lit cell reads as, e.g. "FU 1 · 3 menit lalu". */
    static String cellText(int row, String columnKey) {
        return GridKt._getFormatted(grid(), row, columnKey).strip();
    }

    /**
     * Whether the browser shows the cell's button bound to {@code handler} (e.g. {@code @click="${email}"})
     * and lets it be clicked: rendered from the cell's template as Karibu renders it, then not hidden or
     * disabled, nor inside something hidden.
     */
    @SuppressWarnings("unchecked")
    static boolean clickable(int row, String columnKey, String handler) {
        OrderGrid grid = grid();
        var renderer = (LitRenderer<OrderRow>) grid.getColumnByKey(columnKey).getRenderer();
        String html = renderLitTemplate(RenderersKt.getTemplate(renderer),
                renderer.getValueProviders(), GridKt._get(grid, row));
        Element target = Jsoup.parseBodyFragment(html).body().getAllElements().stream()
                .filter(e -> e.attr("@click").equals("${" + handler + "}")).findFirst()
                .orElseThrow(() -> new AssertionError("column " + columnKey + " has no button for " + handler));
        if ("true".equals(target.attr("?disabled"))) {
            return false;
        }
        for (Element e = target; e != null; e = e.parent()) {
            if ("true".equals(e.attr("?hidden")) || e.attr("style").replace(" ", "").contains("display:none")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A click on a button the browser renders in a grid cell (Aksi, a Konfirmasi badge, the follow-up
     * icons): runs what the cell's click handler runs on the server, for the row at this index. Fails
     * when the browser would not show that button, or show it disabled.
     */
    @SuppressWarnings("unchecked")
    static void clickInRow(int row, String columnKey, String handler) {
        if (!clickable(row, columnKey, handler)) {
            throw new AssertionError("row " + row + ": the " + columnKey + " cell shows no clickable " + handler);
        }
        OrderGrid grid = grid();
        var renderer = (LitRenderer<OrderRow>) grid.getColumnByKey(columnKey).getRenderer();
        try {
            var field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            var callables = (Map<String, SerializableBiConsumer<OrderRow, ArrayNode>>) field.get(renderer);
            callables.get(handler).accept(GridKt._get(grid, row), JsonNodeFactory.instance.arrayNode());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query of the address the page last wrote to the browser's history (what a saved link holds). */
    static QueryParameters address() {
        MockVaadin.clientRoundtrip(false); // hands the page's pending browser work to the recorder below
        if (lastAddress == null) {
            throw new AssertionError("the page wrote no address");
        }
        int query = lastAddress.indexOf('?');
        return query < 0 ? QueryParameters.empty() : QueryParameters.fromString(lastAddress.substring(query + 1));
    }

    private static @Nullable String lastAddress;
    private @Nullable List<Function1<PendingJavaScriptInvocation, Unit>> handlersBefore;

    /** Records each address the page writes (Vaadin's history API fires a vaadin-navigate event in the page). */
    @BeforeEach
    void recordAddresses() {
        lastAddress = null;
        handlersBefore = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(handlersBefore);
        handlers.add(invocation -> {
            var parameters = invocation.getInvocation().getParameters();
            if (invocation.getInvocation().getExpression().contains("vaadin-navigate") && parameters.size() > 1
                    && parameters.get(1) instanceof String url) {
                lastAddress = url;
            }
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    @AfterEach
    void stopRecordingAddresses() {
        if (handlersBefore != null) {
            TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlersBefore);
        }
    }
}
