package id.orderan.order.ui;

import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderSort;
import id.orderan.order.OrderSource;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything List Order's URL can say: tab, search, filters, date range or preset, sort. Components
 * never talk to each other: a user's change becomes a new state, and the view shows that state in
 * every component and in the URL (one way; setting a component to the value it already has changes
 * nothing, so no echo flags are needed).
 *
 * <p>A date preset stays a preset ({@code from}/{@code to} are only kept for {@link DatePreset#CUSTOM}):
 * the range is computed for the day the state is shown.
 *
 * @see <a href="../../../../../../../docs/decisions/0105-list-order-state-and-url-codec.md">0105 state and URL codec</a>
 */
record OrderListState(OrderTab tab, String search, Set<CustomerCategory> categories, Set<OrderSource> sources,
        DatePreset datePreset, @Nullable LocalDate customFrom, @Nullable LocalDate customTo, boolean unprinted,
        boolean notFollowedUp, boolean codOnly, boolean needsReview, OrderSort sort) {

    OrderListState {
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
        if (datePreset != DatePreset.CUSTOM) {
            customFrom = null;
            customTo = null;
        } else if (customFrom == null && customTo == null) {
            datePreset = DatePreset.ANY;
        }
    }

    static OrderListState initial() {
        return new OrderListState(OrderTab.SEMUA, "", Set.of(), Set.of(), DatePreset.ANY, null, null, false, false,
                false, false, OrderSort.newestFirst());
    }

    /** The first day shown, today for a preset. */
    @Nullable LocalDate from(LocalDate today) {
        return datePreset.hasRange() ? datePreset.from(today) : customFrom;
    }

    @Nullable LocalDate to(LocalDate today) {
        return datePreset.hasRange() ? today : customTo;
    }

    /** The rows' filter across all statuses (the tab or the list chooses the statuses). */
    OrderFilter filter(LocalDate today) {
        return new OrderFilter(Set.of(), search, categories, sources, from(today), to(today), unprinted, notFollowedUp,
                codOnly, needsReview);
    }

    /** Filters folded behind the tablet's Filter button (the search field stays visible). */
    int activeFilters() {
        int count = 0;
        count += categories.isEmpty() ? 0 : 1;
        count += sources.isEmpty() ? 0 : 1;
        count += datePreset == DatePreset.ANY ? 0 : 1;
        count += unprinted ? 1 : 0;
        count += notFollowedUp ? 1 : 0;
        count += codOnly ? 1 : 0;
        count += needsReview ? 1 : 0;
        return count;
    }

    boolean anyFilter() {
        return activeFilters() > 0 || !search.isBlank();
    }

    OrderListState withTab(OrderTab value) {
        return new OrderListState(value, search, categories, sources, datePreset, customFrom, customTo, unprinted,
                notFollowedUp, codOnly, needsReview, sort);
    }

    OrderListState withSearch(@Nullable String value) {
        return new OrderListState(tab, value == null ? "" : value, categories, sources, datePreset, customFrom,
                customTo, unprinted, notFollowedUp, codOnly, needsReview, sort);
    }

    OrderListState withCategories(Set<CustomerCategory> value) {
        return new OrderListState(tab, search, value, sources, datePreset, customFrom, customTo, unprinted,
                notFollowedUp, codOnly, needsReview, sort);
    }

    OrderListState withSources(Set<OrderSource> value) {
        return new OrderListState(tab, search, categories, value, datePreset, customFrom, customTo, unprinted,
                notFollowedUp, codOnly, needsReview, sort);
    }

    /** Picking Pilih tanggal keeps the range on screen (it becomes the custom range). */
    OrderListState withDatePreset(@Nullable DatePreset value, LocalDate today) {
        if (value == null || value == datePreset) {
            return this;
        }
        if (value == DatePreset.CUSTOM) {
            return new OrderListState(tab, search, categories, sources, DatePreset.CUSTOM, from(today), to(today),
                    unprinted, notFollowedUp, codOnly, needsReview, sort);
        }
        return new OrderListState(tab, search, categories, sources, value, null, null, unprinted, notFollowedUp,
                codOnly, needsReview, sort);
    }

    /**
     * A date typed or picked: the same dates a preset shows change nothing (that is the preset
     * showing itself); other dates make the range custom, or Semua tanggal when both are empty.
     */
    OrderListState withRange(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
        if (Objects.equals(from, from(today)) && Objects.equals(to, to(today))) {
            return this;
        }
        return new OrderListState(tab, search, categories, sources, DatePreset.CUSTOM, from, to, unprinted,
                notFollowedUp, codOnly, needsReview, sort);
    }

    OrderListState withFrom(@Nullable LocalDate value, LocalDate today) {
        return withRange(value, to(today), today);
    }

    OrderListState withTo(@Nullable LocalDate value, LocalDate today) {
        return withRange(from(today), value, today);
    }

    OrderListState withUnprinted(boolean value) {
        return new OrderListState(tab, search, categories, sources, datePreset, customFrom, customTo, value,
                notFollowedUp, codOnly, needsReview, sort);
    }

    OrderListState withNotFollowedUp(boolean value) {
        return new OrderListState(tab, search, categories, sources, datePreset, customFrom, customTo, unprinted,
                value, codOnly, needsReview, sort);
    }

    OrderListState withCodOnly(boolean value) {
        return new OrderListState(tab, search, categories, sources, datePreset, customFrom, customTo, unprinted,
                notFollowedUp, value, needsReview, sort);
    }

    OrderListState withNeedsReview(boolean value) {
        return new OrderListState(tab, search, categories, sources, datePreset, customFrom, customTo, unprinted,
                notFollowedUp, codOnly, value, sort);
    }

    OrderListState withSort(OrderSort value) {
        return new OrderListState(tab, search, categories, sources, datePreset, customFrom, customTo, unprinted,
                notFollowedUp, codOnly, needsReview, value);
    }

    /** Reset filter: everything but the tab and the sort. */
    OrderListState withoutFilters() {
        return initial().withTab(tab).withSort(sort);
    }

    /** Same rows and counts (only the sort differs): no new counts query. */
    boolean sameRows(OrderListState other) {
        return withSort(other.sort).equals(other);
    }
}
