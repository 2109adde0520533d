package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderListTabsAndFiltersTest extends ListOrderUiTest {

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
        navigate(OrderListView.class);

        for (OrderTab tab : OrderTab.values()) {
            clickTab(tab);
            List<OrderRow> rows = rows();
            assertThat(rows).as(tab.name()).isNotEmpty().allMatch(row -> tab.statuses().contains(row.status()));
            assertThat(tabCount(tab)).as(tab.name() + " count").isEqualTo(rows.size());
        }
        clickTab(OrderTab.SEMUA);
        assertThat(tabCount(OrderTab.SEMUA)).as("Semua holds the six working statuses").isEqualTo(7);
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(2);
        assertThat(rows()).extracting(OrderRow::status)
                .doesNotContain(OrderStatus.CANCEL, OrderStatus.RETUR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812-3456-7890", "6281234567890", "+62 812-3456-7890", "Siti", "nurhaliza",
        "siti@tokoku.id", "Kopi Gay", "KOP-GAYO"})
    void the_search_box_finds_the_order_by_each_kind_of_term(String term) {
        navigate(OrderListView.class);

        typeSearch(term);

        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(1);
        assertThat(tabCount(OrderTab.SUKSES)).isZero();
    }

    @Test
    void searching_by_order_number_and_resi_finds_the_order() {
        navigate(OrderListView.class);

        typeSearch(sitiOrder.getOrderNumber());
        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());

        SalesOrder shipped = orderIn.get(OrderStatus.PROSES_PENGIRIMAN);
        data.shipment(shipped, "JP8812345678");
        typeSearch("jp881234");
        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(shipped.getOrderNumber());
        assertThat(tabCount(OrderTab.PROSES_PENGIRIMAN)).isEqualTo(1);
    }

    @Test
    void category_and_source_filters_combine_with_the_tabs() {
        navigate(OrderListView.class);

        pickCategories(Set.of(CustomerCategory.RESELLER));
        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());
        assertThat(tabCount(OrderTab.SUKSES)).isZero();

        pickCategories(Set.of());
        pickSources(Set.of(OrderSource.FORM));
        clickTab(OrderTab.SUKSES);
        assertThat(rows()).extracting(OrderRow::orderNumber)
                .containsExactly(orderIn.get(OrderStatus.SUKSES).getOrderNumber());

        pickSources(Set.of(OrderSource.MANUAL));
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Tidak ada order yang cocok");

        _click(button("filter-reset"));
        assertThat(sources().getValue()).isEmpty();
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void the_date_presets_filter_by_jakarta_dates() {
        navigate(OrderListView.class);

        userSets(datePreset(), DatePreset.TODAY);
        assertThat(from().getValue()).isEqualTo(to().getValue()).isNotNull();
        assertThat(_size(grid())).isEqualTo(7);

        pickDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        assertThat(datePreset().getValue()).isEqualTo(DatePreset.CUSTOM);
        assertThat(_size(grid())).isZero();
    }

    @Test
    void the_url_restores_tab_search_filters_and_sort() {
        UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of(
                "tab", "belum-bayar", "q", "0812 3456", "kategori", "reseller,agen", "sumber", "manual",
                "urut", "grand_total-asc")));
        
        assertThat(selectedTab()).isEqualTo(OrderTab.BELUM_BAYAR);
        assertThat(search().getValue()).isEqualTo("0812 3456");
        assertThat(categories().getValue()).containsExactlyInAnyOrder(CustomerCategory.RESELLER, CustomerCategory.AGEN);
        assertThat(sources().getValue()).containsExactly(OrderSource.MANUAL);
        assertThat(grid().getSortOrder()).singleElement()
                .satisfies(order -> assertThat(order.getSorted().getKey()).isEqualTo("grandTotal"));
        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(sitiOrder.getOrderNumber());

        clickTab(OrderTab.SUKSES);
        assertThat(address().getParameters())
                .containsEntry("tab", List.of("sukses"))
                .containsEntry("q", List.of("0812 3456"))
                .containsEntry("kategori", List.of("agen,reseller"))
                .containsEntry("urut", List.of("grand_total-asc"));
    }

    @Test
    void a_mangled_link_falls_back_to_the_default_view() {
        UI.getCurrent().navigate("orders", QueryParameters.simple(Map.of("tab", "tidak-ada", "dari", "kemarin")));
        
        assertThat(selectedTab()).isEqualTo(OrderTab.SEMUA);
        assertThat(from().getValue()).isNull();
        assertThat(_size(grid())).isEqualTo(7);
    }

    @Test
    void a_new_order_from_another_user_updates_the_open_list_within_two_seconds() throws Exception {
        navigate(OrderListView.class);
        clickTab(OrderTab.BELUM_BAYAR);
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(2);

        SalesOrder fresh = data.order(siti, OrderSource.PRIVATE, kopi, 1); // another user, another thread's work

        long deadline = System.currentTimeMillis() + 2000;
        while (tabCount(OrderTab.BELUM_BAYAR) != 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(3);
        assertThat(rows()).first().extracting(OrderRow::orderNumber).isEqualTo(fresh.getOrderNumber());
    }

    @Test
    void a_status_change_updates_the_counts_of_an_open_list() throws Exception {
        navigate(OrderListView.class);
        assertThat(tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(1);

        // another user records the payment, through the service
        id.orderan.support.TestData.as("rina", "CS", () -> payments.markPaid(sitiOrder.getOrderNumber(), "TRANSFER"));

        long deadline = System.currentTimeMillis() + 2000;
        while (tabCount(OrderTab.SEDANG_DIPROSES) != 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(tabCount(OrderTab.SEDANG_DIPROSES)).isEqualTo(2);
        assertThat(tabCount(OrderTab.BELUM_BAYAR)).isEqualTo(1);
    }

    @Test
    void cancelled_orders_leave_the_tabs_and_show_their_reason_in_order_cancel() {
        navigate(OrderCancelView.class);

        assertThat(rows()).extracting(OrderRow::orderNumber)
                .containsExactly(orderIn.get(OrderStatus.CANCEL).getOrderNumber());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid(), 0, "reason")).isEqualTo("Stok habis");
        assertThat(total()).isEqualTo("1 order");
    }
}
