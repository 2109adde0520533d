package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.KaribuTest;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderListTabsAndFiltersTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    id.orderan.payment.PaymentService payments;

    private final Map<OrderStatus, SalesOrder> orderIn = new EnumMap<>(OrderStatus.class);
    private SalesOrder sitiOrder;
    private Customer siti;
    private Product kopi;

    @BeforeEach
    void oneOrderPerStatus() {
        siti = data.customer().name("Siti Nurhaliza").category(CustomerCategory.RESELLER).phone("0812-3456-7890")
                .email("siti@tokoku.id").create();
        Customer budi = data.customer().name("Budi Santoso").category(CustomerCategory.UMUM).phone("0857-1111-2222")
                .email("budi@example.com").create();
        kopi = data.productWithSku("KOP-GAYO-250", "Kopi Gayo Arabika", 85_000);
        Product teh = data.productWithSku("TEH-MLT-50", "Teh Melati", 12_000);
        for (OrderStatus status : OrderStatus.values()) {
            SalesOrder order = data.order(budi, OrderSource.FORM, teh, 1);
            if (status != OrderStatus.BELUM_BAYAR) {
                data.forceStatus(order, status, status == OrderStatus.CANCEL ? "Stok habis" : "");
            }
            orderIn.put(status, order);
        }
        sitiOrder = data.order(siti, OrderSource.MANUAL, kopi, 2);
        login("cs", "CS");
    }

    @Test
    void each_tab_shows_only_its_status_and_its_count_matches_the_rows() {
        OrderListView view = navigate(OrderListView.class);

        for (OrderTab tab : OrderTab.values()) {
            view.selectTab(tab);
            List<OrderRow> rows = _findAll(view.grid);
            assertThat(rows).as(tab.name()).isNotEmpty().allMatch(row -> tab.statuses().contains(row.status()));
            assertThat(view.tabCount(tab)).as(tab.name() + " count").isEqualTo(rows.size());
        }
        view.selectTab(OrderTab.SEMUA);
        assertThat(view.tabCount(OrderTab.SEMUA)).as("Semua holds the six working statuses").isEqualTo(7);
        assertThat(view.tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(2);
        assertThat(_findAll(view.grid)).extracting(OrderRow::status)
                .doesNotContain(OrderStatus.CANCEL, OrderStatus.RETUR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456-7890", "6281234567890", "+62 812-3456-7890", "Siti", "nurhaliza",
        "siti@tokoku.id", "Kopi Gay", "KOP-GAYO"})
    void the_search_box_finds_the_order_by_each_kind_of_term(String term) {
        OrderListView view = navigate(OrderListView.class);

        view.search.setValue(term);

        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());
        assertThat(view.tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(1);
        assertThat(view.tabCount(OrderTab.SUKSES)).isZero();
    }

    @Test
    void searching_by_order_number_and_resi_finds_the_order() {
        OrderListView view = navigate(OrderListView.class);

        view.search.setValue(sitiOrder.getOrderNumber());
        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());

        SalesOrder shipped = orderIn.get(OrderStatus.PROSES_PENGIRIMAN);
        data.shipment(shipped, "JP8812345678");
        view.search.setValue("jp881234");
        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber).containsExactly(shipped.getOrderNumber());
        assertThat(view.tabCount(OrderTab.PROSES_PENGIRIMAN)).isEqualTo(1);
    }

    @Test
    void category_and_source_filters_combine_with_the_tabs() {
        OrderListView view = navigate(OrderListView.class);

        view.categories.setValue(Set.of(CustomerCategory.RESELLER));
        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());
        assertThat(view.tabCount(OrderTab.SUKSES)).isZero();

        view.categories.clear();
        view.sources.setValue(Set.of(OrderSource.FORM));
        view.selectTab(OrderTab.SUKSES);
        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber)
                .containsExactly(orderIn.get(OrderStatus.SUKSES).getOrderNumber());

        view.sources.setValue(Set.of(OrderSource.MANUAL));
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Tidak ada order yang cocok");

        view.reset.click();
        assertThat(view.sources.getValue()).isEmpty();
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void the_date_presets_filter_by_jakarta_dates() {
        OrderListView view = navigate(OrderListView.class);

        view.datePreset.setValue(DatePreset.TODAY);
        assertThat(view.from.getValue()).isEqualTo(view.to.getValue()).isNotNull();
        assertThat(_size(view.grid)).isEqualTo(7);

        view.from.setValue(LocalDate.of(2020, 1, 1));
        view.to.setValue(LocalDate.of(2020, 1, 31));
        assertThat(view.datePreset.getValue()).isEqualTo(DatePreset.CUSTOM);
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void the_url_restores_tab_search_filters_and_sort() {
        UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of(
                "tab", "belum-bayar", "q", "0812 3456", "kategori", "reseller,agen", "sumber", "manual",
                "urut", "grand_total-asc")));
        OrderListView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(OrderListView.class);

        assertThat(view.selectedTab()).isEqualTo(OrderTab.BELUM_BAYAR);
        assertThat(view.search.getValue()).isEqualTo("0812 3456");
        assertThat(view.categories.getValue()).containsExactlyInAnyOrder(CustomerCategory.RESELLER, CustomerCategory.AGEN);
        assertThat(view.sources.getValue()).containsExactly(OrderSource.MANUAL);
        assertThat(view.grid.getSortOrder()).singleElement()
                .satisfies(order -> assertThat(order.getSorted().getKey()).isEqualTo("grandTotal"));
        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());

        view.selectTab(OrderTab.SUKSES);
        assertThat(view.queryParameters().getParameters())
                .containsEntry("tab", List.of("sukses"))
                .containsEntry("q", List.of("0812 3456"))
                .containsEntry("kategori", List.of("agen,reseller"))
                .containsEntry("urut", List.of("grand_total-asc"));
    }

    @Test
    void a_mangled_link_falls_back_to_the_default_view() {
        UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of("tab", "tidak-ada", "dari", "kemarin")));
        OrderListView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(OrderListView.class);

        assertThat(view.selectedTab()).isEqualTo(OrderTab.SEMUA);
        assertThat(view.from.getValue()).isNull();
        assertThat(_size(view.grid)).isEqualTo(7);
    }

    @Test
    void a_new_order_from_another_user_updates_the_open_list_within_two_seconds() throws Exception {
        OrderListView view = navigate(OrderListView.class);
        view.selectTab(OrderTab.BELUM_BAYAR);
        assertThat(view.tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(2);

        SalesOrder fresh = data.order(siti, OrderSource.PRIVATE, kopi, 1); // another user, another thread's work

        long deadline = System.currentTimeMillis() + 2000;
        while (view.tabCount(OrderTab.BELUM_BAYAR) != 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(3);
        assertThat(_findAll(view.grid)).first().extracting(OrderRow::orderNumber).isEqualTo(fresh.getOrderNumber());
    }

    @Test
    void a_status_change_updates_the_counts_of_an_open_list() throws Exception {
        OrderListView view = navigate(OrderListView.class);
        assertThat(view.tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(1);

        // another user records the payment, through the service
        id.orderan.support.TestData.as("rina", "CS", () -> payments.markPaid(sitiOrder.getOrderNumber(), "TRANSFER"));

        long deadline = System.currentTimeMillis() + 2000;
        while (view.tabCount(OrderTab.SEDANG_DIPROSES) != 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(2);
        assertThat(view.tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(1);
    }

    @Test
    void cancelled_orders_leave_the_tabs_and_show_their_reason_in_order_cancel() {
        OrderCancelView view = navigate(OrderCancelView.class);

        assertThat(_findAll(view.grid)).extracting(OrderRow::orderNumber)
                .containsExactly(orderIn.get(OrderStatus.CANCEL).getOrderNumber());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.grid, 0, "reason")).isEqualTo("Stok habis");
        assertThat(view.total.getText()).isEqualTo("1 order");
    }
}
