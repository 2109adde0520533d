package id.orderan.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderSort;
import id.orderan.order.OrderSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** List Order's state ⇄ query parameters, without Spring or Vaadin. */
class OrderListUrlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static OrderListState decode(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return OrderListUrl.decode(params);
    }

    @Test
    void the_default_state_writes_an_empty_query_and_an_empty_query_reads_as_the_default() {
        assertThat(OrderListUrl.encode(OrderListState.initial())).isEmpty();
        assertThat(OrderListUrl.decode(Map.of())).isEqualTo(OrderListState.initial());
    }

    @Test
    void every_part_of_the_state_is_written_with_the_names_saved_links_use() {
        OrderListState state = OrderListState.initial().withTab(OrderTab.BELUM_BAYAR).withSearch("  siti  ")
                .withCategories(Set.of(CustomerCategory.RESELLER, CustomerCategory.AGEN))
                .withSources(Set.of(OrderSource.MANUAL)).withRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5), TODAY)
                .withUnprinted(true).withNotFollowedUp(true).withCodOnly(true)
                .withSort(new OrderSort(OrderSort.Field.GRAND_TOTAL, true));

        assertThat(OrderListUrl.encode(state)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tab", List.of("belum-bayar"), "q", List.of("siti"), "kategori", List.of("agen,reseller"),
                "sumber", List.of("manual"), "dari", List.of("2026-11-01"), "sampai", List.of("2026-11-05"),
                "belum-dicetak", List.of("1"), "belum-fu", List.of("1"), "cod", List.of("1"),
                "urut", List.of("grand_total-asc")));
    }

    @Test
    void perlu_dicek_is_written_as_its_own_parameter_and_reads_back() {
        OrderListState state = OrderListState.initial().withNeedsReview(true).withTab(OrderTab.BELUM_BAYAR);

        assertThat(OrderListUrl.encode(state)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tab", List.of("belum-bayar"), "perlu-dicek", List.of("1")));
        assertThat(OrderListUrl.decode(OrderListUrl.encode(state))).isEqualTo(state);
        assertThat(state.filter(TODAY).needsReviewOnly()).isTrue();
        assertThat(state.activeFilters()).isEqualTo(1);
        assertThat(state.withoutFilters().needsReview()).as("Reset filter clears it").isFalse();
        assertThat(decode("perlu-dicek", "").needsReview()).isFalse();
    }

    @Test
    void what_is_written_reads_back_as_the_same_state() {
        OrderListState state = OrderListState.initial().withTab(OrderTab.PROSES_PENGIRIMAN).withSearch("0812 3456")
                .withCategories(Set.of(CustomerCategory.DROPSHIPPER)).withSources(Set.of(OrderSource.FORM, OrderSource.PRIVATE))
                .withRange(null, LocalDate.of(2026, 10, 31), TODAY).withCodOnly(true)
                .withSort(new OrderSort(OrderSort.Field.ORDER_NUMBER, false));

        assertThat(OrderListUrl.decode(OrderListUrl.encode(state))).isEqualTo(state);
    }

    @ParameterizedTest
    @EnumSource(value = DatePreset.class, names = {"TODAY", "LAST_7_DAYS", "LAST_30_DAYS", "THIS_MONTH"})
    void a_preset_is_written_as_the_preset_without_dates_and_read_back_as_the_preset(DatePreset preset) {
        OrderListState state = OrderListState.initial().withDatePreset(preset, TODAY);

        Map<String, List<String>> params = OrderListUrl.encode(state);

        assertThat(params).containsOnlyKeys("tgl");
        assertThat(OrderListUrl.decode(params).datePreset()).isEqualTo(preset);
        assertThat(OrderListUrl.decode(params).from(TODAY.plusDays(3))).as("evaluated on the day it is opened")
                .isEqualTo(preset.from(TODAY.plusDays(3)));
    }

    @Test
    void the_preset_names_in_links_are_the_ones_saved_before() {
        assertThat(decode("tgl", "today").datePreset()).isEqualTo(DatePreset.TODAY);
        assertThat(decode("tgl", "last-7-days").datePreset()).isEqualTo(DatePreset.LAST_7_DAYS);
        assertThat(decode("tgl", "LAST-30-DAYS").datePreset()).isEqualTo(DatePreset.LAST_30_DAYS);
        assertThat(decode("tgl", "this-month").datePreset()).isEqualTo(DatePreset.THIS_MONTH);
    }

    @Test
    void a_preset_wins_over_dates_in_the_same_link() {
        OrderListState state = decode("tgl", "today", "dari", "2020-01-01", "sampai", "2020-01-31");

        assertThat(state.datePreset()).isEqualTo(DatePreset.TODAY);
        assertThat(state.from(TODAY)).isEqualTo(TODAY);
        assertThat(state.to(TODAY)).isEqualTo(TODAY);
    }

    @Test
    void a_custom_range_keeps_its_dates() {
        OrderListState state = decode("dari", "2026-11-01", "sampai", "2026-11-05");

        assertThat(state.datePreset()).isEqualTo(DatePreset.CUSTOM);
        assertThat(state.from(TODAY.plusYears(1))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(state.to(TODAY.plusYears(1))).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kemarin", "2026-13-01", "2026-02-30", "", "   ", "30/11/2026", "2026-11-30T10:00"})
    void a_mangled_date_is_left_out_rather_than_refused(String garbage) {
        OrderListState state = decode("dari", garbage, "sampai", "2026-11-05");

        assertThat(state.customFrom()).isNull();
        assertThat(state.customTo()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void a_link_of_only_garbage_opens_the_default_list() {
        OrderListState state = decode("tab", "tidak-ada", "kategori", "bukan,apa-apa", "sumber", ",,,", "tgl", "besok",
                "dari", "kemarin", "sampai", "x", "urut", "harga-naik", "zzz", "1");

        assertThat(state).isEqualTo(OrderListState.initial());
    }

    @ParameterizedTest
    @ValueSource(strings = {"grand_total", "grand_total-up", "harga-asc", "grand_total-asc-desc", "-asc", "created_at-"})
    void a_mangled_sort_is_the_default_sort(String garbage) {
        assertThat(decode("urut", garbage).sort()).isEqualTo(OrderSort.newestFirst());
    }

    @Test
    void the_sorts_read_back_in_either_direction() {
        assertThat(decode("urut", "order_number-asc").sort()).isEqualTo(new OrderSort(OrderSort.Field.ORDER_NUMBER, true));
        assertThat(decode("urut", "GRAND_TOTAL-desc").sort()).isEqualTo(new OrderSort(OrderSort.Field.GRAND_TOTAL, false));
        assertThat(OrderListUrl.encode(OrderListState.initial().withSort(OrderSort.newestFirst()))).doesNotContainKey("urut");
        assertThat(OrderListUrl.encode(OrderListState.initial().withSort(new OrderSort(OrderSort.Field.CREATED_AT, true))))
                .containsEntry("urut", List.of("created_at-asc"));
    }

    @Test
    void unknown_categories_among_known_ones_are_skipped_and_case_and_spaces_do_not_matter() {
        OrderListState state = decode("kategori", " Reseller , nope,AGEN", "sumber", "form,,manual");

        assertThat(state.categories()).containsExactlyInAnyOrder(CustomerCategory.RESELLER, CustomerCategory.AGEN);
        assertThat(state.sources()).containsExactlyInAnyOrder(OrderSource.FORM, OrderSource.MANUAL);
    }

    @Test
    void only_the_first_value_of_a_repeated_parameter_counts_and_blank_values_are_absent() {
        assertThat(decode("tab", "sukses", "tab", "belum-bayar").tab()).isEqualTo(OrderTab.SUKSES);
        assertThat(decode("q", "   ").search()).isEmpty();
        assertThat(decode("cod", "").codOnly()).isFalse();
        assertThat(decode("cod", "ya").codOnly()).as("any value turns a switch on").isTrue();
    }

    @Test
    void a_blank_search_is_not_written_and_a_search_is_written_trimmed() {
        assertThat(OrderListUrl.encode(OrderListState.initial().withSearch("   "))).isEmpty();
        assertThat(OrderListUrl.encode(OrderListState.initial().withSearch(" INV-2611 "))).containsEntry("q", List.of("INV-2611"));
    }

    @Test
    void every_tab_round_trips_by_its_slug() {
        for (OrderTab tab : OrderTab.values()) {
            assertThat(OrderListUrl.decode(OrderListUrl.encode(OrderListState.initial().withTab(tab))).tab()).isEqualTo(tab);
        }
    }

    @Test
    void the_dates_a_preset_shows_change_nothing_and_other_dates_make_the_range_custom() {
        OrderListState week = OrderListState.initial().withDatePreset(DatePreset.LAST_7_DAYS, TODAY);

        assertThat(week.withFrom(TODAY.minusDays(6), TODAY)).isSameAs(week);
        assertThat(week.withTo(TODAY, TODAY)).isSameAs(week);
        OrderListState custom = week.withFrom(TODAY.minusDays(10), TODAY);
        assertThat(custom.datePreset()).isEqualTo(DatePreset.CUSTOM);
        assertThat(custom.from(TODAY)).isEqualTo(TODAY.minusDays(10));
        assertThat(custom.to(TODAY)).isEqualTo(TODAY);
        assertThat(custom.withRange(null, null, TODAY).datePreset()).as("both dates cleared").isEqualTo(DatePreset.ANY);
    }

    @Test
    void reset_keeps_the_tab_and_the_sort_and_counts_the_folded_filters() {
        OrderListState busy = decode("tab", "sukses", "q", "siti", "kategori", "agen", "sumber", "form", "tgl", "today",
                "belum-dicetak", "1", "belum-fu", "1", "cod", "1", "urut", "grand_total-asc");

        assertThat(busy.activeFilters()).as("the search stays outside the Filter button").isEqualTo(6);
        OrderListState reset = busy.withoutFilters();
        assertThat(reset.tab()).isEqualTo(OrderTab.SUKSES);
        assertThat(reset.sort()).isEqualTo(new OrderSort(OrderSort.Field.GRAND_TOTAL, true));
        assertThat(reset.anyFilter()).isFalse();
        assertThat(reset.activeFilters()).isZero();
    }
}
