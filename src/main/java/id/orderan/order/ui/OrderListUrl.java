package id.orderan.order.ui;

import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderSort;
import id.orderan.order.OrderSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * List Order's state in query parameters and back: pure, no Vaadin, no clock. A saved link keeps a
 * date preset as the preset (never the dates it meant the day it was saved); a mangled link opens
 * as much of it as makes sense rather than an error. Only what differs from the defaults is written.
 *
 * @see <a href="../../../../../../../docs/decisions/0081-date-presets-in-links.md">0081 presets in links</a>
 * @see <a href="../../../../../../../docs/decisions/0105-list-order-state-and-url-codec.md">0105 state and URL codec</a>
 */
final class OrderListUrl {

    static final String P_TAB = "tab";
    static final String P_SEARCH = "q";
    static final String P_CATEGORY = "kategori";
    static final String P_SOURCE = "sumber";
    static final String P_DATE = "tgl";
    static final String P_FROM = "dari";
    static final String P_TO = "sampai";
    static final String P_SORT = "urut";
    static final String P_UNPRINTED = "belum-dicetak";
    static final String P_NOT_FOLLOWED_UP = "belum-fu";
    static final String P_COD = "cod";
    static final String P_NEEDS_REVIEW = "perlu-dicek";

    private OrderListUrl() {}

    static Map<String, List<String>> encode(OrderListState state) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (state.tab() != OrderTab.SEMUA) {
            params.put(P_TAB, List.of(state.tab().slug()));
        }
        if (!state.search().isBlank()) {
            params.put(P_SEARCH, List.of(state.search().trim()));
        }
        if (!state.categories().isEmpty()) {
            params.put(P_CATEGORY, List.of(slugs(state.categories())));
        }
        if (!state.sources().isEmpty()) {
            params.put(P_SOURCE, List.of(slugs(state.sources())));
        }
        if (state.datePreset().hasRange()) {
            // the preset alone: dates written here would go stale in a saved link
            params.put(P_DATE, List.of(state.datePreset().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        } else {
            if (state.customFrom() != null) {
                params.put(P_FROM, List.of(state.customFrom().toString()));
            }
            if (state.customTo() != null) {
                params.put(P_TO, List.of(state.customTo().toString()));
            }
        }
        if (state.unprinted()) {
            params.put(P_UNPRINTED, List.of("1"));
        }
        if (state.notFollowedUp()) {
            params.put(P_NOT_FOLLOWED_UP, List.of("1"));
        }
        if (state.codOnly()) {
            params.put(P_COD, List.of("1"));
        }
        if (state.needsReview()) {
            params.put(P_NEEDS_REVIEW, List.of("1"));
        }
        OrderSort sort = state.sort();
        if (!sort.equals(OrderSort.newestFirst())) {
            params.put(P_SORT, List.of(sort.field().name().toLowerCase(Locale.ROOT) + (sort.ascending() ? "-asc" : "-desc")));
        }
        return params;
    }

    static OrderListState decode(Map<String, List<String>> params) {
        OrderListState state = OrderListState.initial()
                .withTab(first(params, P_TAB).flatMap(OrderTab::fromSlug).orElse(OrderTab.SEMUA))
                .withSearch(first(params, P_SEARCH).orElse(""))
                .withCategories(enums(params, P_CATEGORY, CustomerCategory.class))
                .withSources(enums(params, P_SOURCE, OrderSource.class))
                .withUnprinted(first(params, P_UNPRINTED).isPresent())
                .withNotFollowedUp(first(params, P_NOT_FOLLOWED_UP).isPresent())
                .withCodOnly(first(params, P_COD).isPresent())
                .withNeedsReview(first(params, P_NEEDS_REVIEW).isPresent())
                .withSort(first(params, P_SORT).flatMap(OrderListUrl::sort).orElse(OrderSort.newestFirst()));
        Optional<DatePreset> preset = first(params, P_DATE).flatMap(OrderListUrl::preset).filter(DatePreset::hasRange);
        if (preset.isPresent()) {
            return new OrderListState(state.tab(), state.search(), state.categories(), state.sources(), preset.get(),
                    null, null, state.unprinted(), state.notFollowedUp(), state.codOnly(), state.needsReview(),
                    state.sort());
        }
        return new OrderListState(state.tab(), state.search(), state.categories(), state.sources(), DatePreset.CUSTOM,
                first(params, P_FROM).map(OrderListUrl::date).orElse(null),
                first(params, P_TO).map(OrderListUrl::date).orElse(null), state.unprinted(), state.notFollowedUp(),
                state.codOnly(), state.needsReview(), state.sort());
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).flatMap(values -> values.stream().findFirst())
                .filter(value -> !value.isBlank());
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> params, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        first(params, name).ifPresent(list -> Arrays.stream(list.split(",")).forEach(slug -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(slug.trim())) {
                    values.add(constant);
                }
            }
        }));
        return values;
    }

    private static String slugs(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(","));
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null; // a mangled link shows everything rather than an error
        }
    }

    private static Optional<DatePreset> preset(String value) {
        return Stream.of(DatePreset.values()).filter(p -> p.name().replace('_', '-').equalsIgnoreCase(value.trim()))
                .findFirst();
    }

    /** {@code grand_total-desc}; anything else is the default sort. */
    private static Optional<OrderSort> sort(String value) {
        String[] parts = value.trim().split("-");
        if (parts.length != 2 || !(parts[1].equals("asc") || parts[1].equals("desc"))) {
            return Optional.empty();
        }
        return Stream.of(OrderSort.Field.values()).filter(f -> f.name().equalsIgnoreCase(parts[0])).findFirst()
                .map(field -> new OrderSort(field, parts[1].equals("asc")));
    }
}
