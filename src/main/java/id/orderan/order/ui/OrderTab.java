package id.orderan.order.ui;

import id.orderan.order.OrderStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The tabs of List Order, in the seller's order. "Semua" holds the six working statuses. */
enum OrderTab {
    SEMUA(OrderStatus.ACTIVE_FLOW),
    BELUM_BAYAR(EnumSet.of(OrderStatus.BELUM_BAYAR)),
    DOWN_PAYMENT(EnumSet.of(OrderStatus.DOWN_PAYMENT)),
    KONFIRMASI(EnumSet.of(OrderStatus.KONFIRMASI)),
    SEDANG_DIPROSES(EnumSet.of(OrderStatus.SEDANG_DIPROSES)),
    PROSES_PENGIRIMAN(EnumSet.of(OrderStatus.PROSES_PENGIRIMAN)),
    SUKSES(EnumSet.of(OrderStatus.SUKSES));

    private final Set<OrderStatus> statuses;

    OrderTab(Set<OrderStatus> statuses) {
        this.statuses = Set.copyOf(statuses);
    }

    Set<OrderStatus> statuses() {
        return statuses;
    }

    /** In the URL: {@code ?tab=belum-bayar}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<OrderTab> fromSlug(String slug) {
        return Stream.of(values()).filter(tab -> tab.slug().equals(slug)).findFirst();
    }

    String labelKey() {
        return this == SEMUA ? "orders.tab.all" : statuses.iterator().next().labelKey();
    }
}
