package id.orderan.order;

import id.orderan.customer.CustomerCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What List Order shows: statuses (empty = all), free-text search, customer categories and order
 * sources (empty = any), an order-date range in Jakarta dates (inclusive), "not printed yet", and
 * "Belum di-follow up": unpaid orders (Belum Bayar, Down Payment) that no reminder has reached yet,
 * and "COD": cash-on-delivery orders only, and "Perlu dicek": orders flagged by the storefront's
 * anti-spam screening that nobody has marked checked yet (decision 0147).
 */
public record OrderFilter(
        Set<OrderStatus> statuses,
        String search,
        Set<CustomerCategory> categories,
        Set<OrderSource> sources,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        boolean unprintedOnly,
        boolean notFollowedUpOnly,
        boolean codOnly,
        boolean needsReviewOnly) {

    public OrderFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        search = search.trim();
        categories = Set.copyOf(categories);
        sources = Set.copyOf(sources);
    }

    public static OrderFilter all() {
        return new OrderFilter(Set.of(), "", Set.of(), Set.of(), null, null, false, false, false, false);
    }

    public OrderFilter withStatuses(Set<OrderStatus> newStatuses) {
        return new OrderFilter(newStatuses, search, categories, sources, from, to, unprintedOnly,
                notFollowedUpOnly, codOnly, needsReviewOnly);
    }

    public OrderFilter withSearch(String newSearch) {
        return new OrderFilter(statuses, newSearch, categories, sources, from, to, unprintedOnly,
                notFollowedUpOnly, codOnly, needsReviewOnly);
    }

    public OrderFilter withCategories(Set<CustomerCategory> newCategories) {
        return new OrderFilter(statuses, search, newCategories, sources, from, to, unprintedOnly,
                notFollowedUpOnly, codOnly, needsReviewOnly);
    }

    public OrderFilter withSources(Set<OrderSource> newSources) {
        return new OrderFilter(statuses, search, categories, newSources, from, to, unprintedOnly,
                notFollowedUpOnly, codOnly, needsReviewOnly);
    }

    public OrderFilter withDates(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
        return new OrderFilter(statuses, search, categories, sources, newFrom, newTo, unprintedOnly,
                notFollowedUpOnly, codOnly, needsReviewOnly);
    }

    public OrderFilter withCodOnly(boolean value) {
        return new OrderFilter(statuses, search, categories, sources, from, to, unprintedOnly, notFollowedUpOnly,
                value, needsReviewOnly);
    }

    public OrderFilter withNotFollowedUpOnly(boolean value) {
        return new OrderFilter(statuses, search, categories, sources, from, to, unprintedOnly, value, codOnly,
                needsReviewOnly);
    }

    public OrderFilter withNeedsReviewOnly(boolean value) {
        return new OrderFilter(statuses, search, categories, sources, from, to, unprintedOnly, notFollowedUpOnly,
                codOnly, value);
    }
}
