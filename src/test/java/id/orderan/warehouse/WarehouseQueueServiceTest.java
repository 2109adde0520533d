package id.orderan.warehouse;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import id.orderan.support.WarehouseOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Gudang queues and counts on the real MariaDB, at a fixed "now" (2026-11-30 10:00 in Jakarta). */
class WarehouseQueueServiceTest extends IntegrationTest {

    /** 10:00 WIB; midnight in Jakarta was 17:00 UTC the day before. */
    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @Autowired
    WarehouseQueries queries;

    @Autowired
    WarehouseQueueService service;

    @Autowired
    WarehouseOrders warehouse;

    private Customer buyer;
    private Product kaos;

    @BeforeEach
    void setUp() {
        buyer = warehouse.buyer();
        kaos = warehouse.product("KAOS-M", "Kaos M", "A-1", "8990001");
    }

    @Test
    void ready_to_pack_counts_split_by_courier_and_by_the_day_in_jakarta() {
        // 00:30 WIB today (17:30 UTC yesterday) counts as today; 23:59 WIB yesterday as yesterday
        order(Courier.JNE, Instant.parse("2026-11-29T17:30:00Z"));
        order(Courier.JNE, Instant.parse("2026-11-29T16:59:00Z"));
        order(Courier.JNE, Instant.parse("2026-11-20T05:00:00Z"));
        order(Courier.SICEPAT, Instant.parse("2026-11-30T02:00:00Z"));
        SalesOrder packed = order(Courier.SICEPAT, Instant.parse("2026-11-28T02:00:00Z"));
        warehouse.packed(packed, NOW.minusSeconds(600));
        SalesOrder started = order(Courier.SICEPAT, Instant.parse("2026-11-28T02:00:00Z"));
        warehouse.packingStarted(started); // scanning began but did not finish: still to pack
        SalesOrder unpaid = order(Courier.JNE, Instant.parse("2026-11-30T01:00:00Z"));
        data.forceStatus(unpaid, OrderStatus.BELUM_BAYAR, "");

        QueueCounts counts = queries.counts(NOW);

        assertThat(counts.readyToPack()).isEqualTo(5);
        assertThat(List.of(counts.today(), counts.yesterday(), counts.older())).containsExactly(2, 1, 2);
        assertThat(counts.packed()).isEqualTo(1);
        assertThat(counts.couriers()).containsExactly(
                new QueueCounts.CourierCount("JNE", 3, 1, 1, 1, 0),
                new QueueCounts.CourierCount("SICEPAT", 2, 1, 0, 1, 1));
    }

    @Test
    void siap_dikemas_lists_unpacked_paid_orders_oldest_first_with_their_items_and_cod_amount() {
        SalesOrder newer = order(Courier.JNE, NOW.minus(Duration.ofHours(1)));
        SalesOrder oldest = order(Courier.SICEPAT, NOW.minus(Duration.ofDays(3)));
        SalesOrder cod = warehouse.paid(buyer, Courier.JNE.code(), true, lines(kaos, 2));
        warehouse.createdAt(cod, NOW.minus(Duration.ofDays(1)));
        SalesOrder packed = order(Courier.JNE, NOW.minus(Duration.ofDays(5)));
        warehouse.packed(packed, NOW);

        List<QueueOrder> queue = as("gudang", "GUDANG", () -> service.readyToPack(null, 0, 10));

        assertThat(queue).extracting(QueueOrder::orderNumber)
                .containsExactly(oldest.getOrderNumber(), cod.getOrderNumber(), newer.getOrderNumber());
        QueueOrder codCard = queue.get(1);
        assertThat(codCard.items()).containsExactly(new QueueOrder.Item("KAOS-M", 2));
        assertThat(codCard.codToCollect()).isEqualTo(2 * 85_000 + 20_000);
        assertThat(queue.get(0).codToCollect()).as("no amount on a prepaid parcel").isNull();
        assertThat(as("gudang", "GUDANG", () -> service.readyToPack(Courier.JNE.code(), 0, 10)))
                .extracting(QueueOrder::orderNumber).containsExactly(cod.getOrderNumber(), newer.getOrderNumber());
        assertThat(as("gudang", "GUDANG", () -> service.readyToPack(null, 1, 1))).extracting(QueueOrder::orderNumber)
                .containsExactly(cod.getOrderNumber());
        assertThat(as("gudang", "GUDANG", () -> service.readyToPackNumbers(Courier.SICEPAT.code())))
                .containsExactly(oldest.getOrderNumber());
        assertThat(as("gudang", "GUDANG", () -> service.packedAwaitingResi(0, 10))).extracting(QueueOrder::orderNumber)
                .containsExactly(packed.getOrderNumber());
    }

    @Test
    void siap_diserahkan_holds_recent_shipments_not_in_a_closed_manifest() {
        SalesOrder fresh = order(Courier.JNE, NOW.minus(Duration.ofDays(2)));
        warehouse.shipped(fresh, "JNE001", NOW.minus(Duration.ofHours(2)));
        SalesOrder inOpenManifest = order(Courier.JNE, NOW.minus(Duration.ofDays(2)));
        warehouse.shipped(inOpenManifest, "JNE002", NOW.minus(Duration.ofHours(1)));
        warehouse.inManifest(inOpenManifest, "JNE002", false);
        SalesOrder handedOver = order(Courier.JNE, NOW.minus(Duration.ofDays(2)));
        warehouse.shipped(handedOver, "JNE003", NOW.minus(Duration.ofHours(3)));
        warehouse.inManifest(handedOver, "JNE003", true);
        SalesOrder longAgo = order(Courier.JNE, NOW.minus(Duration.ofDays(40)));
        warehouse.shipped(longAgo, "JNE004", NOW.minus(Duration.ofDays(WarehouseQueries.HANDOVER_WINDOW_DAYS + 1)));
        SalesOrder delivered = order(Courier.JNE, NOW.minus(Duration.ofDays(2)));
        warehouse.shipped(delivered, "JNE005", NOW.minus(Duration.ofHours(4)));
        data.forceStatus(delivered, OrderStatus.SUKSES, "");

        assertThat(queries.readyToHandOver(NOW, 0, 10)).extracting(QueueOrder::orderNumber, QueueOrder::resi)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fresh.getOrderNumber(), "JNE001"),
                        org.assertj.core.groups.Tuple.tuple(inOpenManifest.getOrderNumber(), "JNE002"));
        assertThat(queries.counts(NOW).readyToHandOver()).isEqualTo(2);
    }

    @Test
    void every_staff_role_may_read_the_queues() {
        order(Courier.JNE, NOW);
        for (String role : List.of("ADMIN", "CS", "GUDANG")) {
            assertThat(as("someone", role, () -> service.counts()).readyToPack()).as(role).isEqualTo(1);
        }
    }

    private SalesOrder order(Courier courier, Instant createdAt) {
        SalesOrder order = warehouse.paid(buyer, courier.code(), false, lines(kaos, 1));
        warehouse.createdAt(order, createdAt);
        return order;
    }

    private static Map<Product, Integer> lines(Product product, int quantity) {
        Map<Product, Integer> lines = new LinkedHashMap<>();
        lines.put(product, quantity);
        return lines;
    }
}
