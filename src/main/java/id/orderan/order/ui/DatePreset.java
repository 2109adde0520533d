package id.orderan.order.ui;

import java.time.LocalDate;
import java.util.Locale;

/** The order-date shortcuts sellers use most; ranges are inclusive Jakarta dates. */
enum DatePreset {
    ANY,
    TODAY,
    LAST_7_DAYS,
    LAST_30_DAYS,
    THIS_MONTH,
    CUSTOM;

    LocalDate from(LocalDate today) {
        return switch (this) {
            case TODAY -> today;
            case LAST_7_DAYS -> today.minusDays(6);
            case LAST_30_DAYS -> today.minusDays(29);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case ANY, CUSTOM -> throw new IllegalStateException(name() + " has no fixed range");
        };
    }

    /** A range computed from today (not Semua tanggal, not a range the user picked). */
    boolean hasRange() {
        return this != ANY && this != CUSTOM;
    }

    String labelKey() {
        return "orders.filter.date." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
