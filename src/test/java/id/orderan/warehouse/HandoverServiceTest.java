package id.orderan.warehouse;

import static id.orderan.support.TestData.as;
import static id.orderan.warehouse.HandoverFixtures.paid;
import static id.orderan.warehouse.HandoverFixtures.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.order.Courier;
import id.orderan.order.OrderStatus;
import id.orderan.order.OrderTimelineContributor;
import id.orderan.order.SalesOrder;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Serah terima on the real database: what goes into a manifest, what is refused, and closing it. */
class HandoverServiceTest extends IntegrationTest {

    @Autowired
    HandoverService handover;

    @Autowired
    DeliveredService delivered;

    @Autowired
    ShippingService shipping;

    @Autowired
    List<OrderTimelineContributor> contributors;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void parcels_go_in_by_resi_or_by_order_number_with_a_running_count() {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder second = shipped(data, shipping, Courier.JNT, "JP2222222222");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));

        // as a scanner or a person types it: lower case, spaces and dashes are the same resi
        ManifestDetail afterResi = gudang(() -> handover.scan(manifest.id(), " jp-1111 111111 "));
        ManifestDetail afterNumber = gudang(() -> handover.scan(manifest.id(), second.getOrderNumber().toLowerCase()));

        assertThat(afterResi.parcelCount()).isEqualTo(1);
        assertThat(afterResi.lastScanned().orderNumber()).isEqualTo(first.getOrderNumber());
        assertThat(afterNumber.parcelCount()).isEqualTo(2);
        assertThat(afterNumber.parcels()).extracting(ManifestParcel::resi).containsExactly("JP2222222222", "JP1111111111");
        assertThat(manifest.number()).matches("SRT-\\d{6}-01");
        assertThat(manifest.courierLabel()).isEqualTo("J&T Express");
    }

    @Test
    void opening_for_a_courier_with_an_open_manifest_returns_that_manifest() {
        ManifestDetail first = gudang(() -> handover.open(Courier.JNT.code()));
        ManifestDetail again = gudang(() -> handover.open(Courier.JNT.code()));
        ManifestDetail other = gudang(() -> handover.open(Courier.JNE.code()));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(other.number()).endsWith("-02");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover_manifest", Integer.class)).isEqualTo(2);
    }

    @Test
    void a_manifest_number_taken_at_the_same_moment_elsewhere_is_refused_clearly_and_makes_nothing() {
        ManifestDetail first = gudang(() -> handover.open(Courier.JNT.code()));
        // another tablet numbered its manifest "-02" between this one's count and its insert
        String taken = first.number().replaceFirst("-01$", "-02");
        jdbc.update("INSERT INTO handover_manifest (manifest_number, courier, state, parcel_count, opened_by, opened_at,"
                + " version) VALUES (?, 'SICEPAT', 'CLOSED', 0, 'gudang-lain', NOW(6), 0)", taken);
        jdbc.update("DELETE FROM handover_manifest WHERE id = ?", first.id()); // so the count says -02 again

        assertThatThrownBy(() -> gudang(() -> handover.open(Courier.JNE.code())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.handover.opened-meanwhile"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover_manifest WHERE courier = 'JNE'", Integer.class))
                .isZero();
    }

    @Test
    void a_parcel_already_in_this_or_another_manifest_is_refused_and_nothing_changes() {
        SalesOrder order = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder another = shipped(data, shipping, Courier.JNT, "JP2222222222");
        ManifestDetail first = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(first.id(), "JP1111111111"));

        assertRefused(() -> handover.scan(first.id(), order.getOrderNumber()), "error.handover.already-here");
        gudang(() -> handover.close(first.id(), null));
        ManifestDetail second = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(second.id(), "JP2222222222"));
        assertThatThrownBy(() -> gudang(() -> handover.scan(second.id(), "JP1111111111")))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("error.handover.already-in"))
                .satisfies(e -> assertThat(Arrays.asList(((BusinessException) e).args())).contains(first.number()));

        assertThat(gudang(() -> handover.manifest(second.id())).parcelCount()).isEqualTo(1);
        assertThat(another.getOrderNumber()).isNotEqualTo(order.getOrderNumber());
    }

    @Test
    void a_parcel_of_another_courier_is_refused() {
        shipped(data, shipping, Courier.JNE, "JN3333333333");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));

        assertRefused(() -> handover.scan(manifest.id(), "JN3333333333"), "error.handover.wrong-courier");
        assertThat(gudang(() -> handover.manifest(manifest.id())).parcelCount()).isZero();
    }

    @Test
    void an_order_not_in_proses_pengiriman_or_an_unknown_code_is_refused() {
        SalesOrder packing = paid(data);
        SalesOrder done = shipped(data, shipping, Courier.JNT, "JP4444444444");
        data.forceStatus(done, OrderStatus.SUKSES, "");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));

        assertRefused(() -> handover.scan(manifest.id(), packing.getOrderNumber()), "error.handover.wrong-status");
        assertRefused(() -> handover.scan(manifest.id(), "JP4444444444"), "error.handover.wrong-status");
        assertRefused(() -> handover.scan(manifest.id(), "NOPE12345678"), "error.handover.unknown");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover_parcel", Integer.class)).isZero();
    }

    @Test
    void a_parcel_scanned_by_mistake_comes_out_while_the_manifest_is_open() {
        SalesOrder order = shipped(data, shipping, Courier.JNT, "JP1111111111");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(manifest.id(), "JP1111111111"));

        ManifestDetail after = gudang(() -> handover.remove(manifest.id(), order.getId()));

        assertThat(after.parcelCount()).isZero();
        assertThat(after.parcels()).isEmpty();
        assertRefused(() -> handover.close(manifest.id(), null), "error.handover.empty");
    }

    @Test
    void closing_hands_every_parcel_over_on_its_timeline_and_closing_again_changes_nothing() {
        SalesOrder first = shipped(data, shipping, Courier.JNT, "JP1111111111");
        SalesOrder second = shipped(data, shipping, Courier.JNT, "JP2222222222");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(manifest.id(), "JP1111111111"));
        gudang(() -> handover.scan(manifest.id(), "JP2222222222"));

        ManifestDetail closed = gudang(() -> handover.close(manifest.id(), "  Pak Joko "));
        ManifestDetail twice = gudang(() -> handover.close(manifest.id(), "someone else"));

        assertThat(closed.state()).isEqualTo(ManifestState.CLOSED);
        assertThat(closed.closedBy()).isEqualTo("gudang");
        assertThat(closed.driverName()).isEqualTo("Pak Joko");
        assertThat(micros(twice.closedAt())).isEqualTo(micros(closed.closedAt()));
        assertThat(twice.driverName()).isEqualTo("Pak Joko");
        assertThat(twice.version()).isEqualTo(closed.version());
        for (SalesOrder order : List.of(first, second)) {
            assertThat(handoverLines(order)).singleElement().satisfies(entry -> {
                assertThat(entry.text()).isEqualTo(TimelineText.key("timeline.handover", "J&T Express", closed.number()));
                assertThat(micros(entry.at())).isEqualTo(micros(closed.closedAt()));
            });
        }
        assertRefused(() -> handover.scan(manifest.id(), "JP1111111111"), "error.handover.closed");
        // the courier may get a new manifest now
        assertThat(gudang(() -> handover.open(Courier.JNT.code())).id()).isNotEqualTo(manifest.id());
    }

    @Test
    void an_open_manifest_puts_nothing_on_the_timeline_yet() {
        SalesOrder order = shipped(data, shipping, Courier.JNT, "JP1111111111");
        ManifestDetail manifest = gudang(() -> handover.open(Courier.JNT.code()));
        gudang(() -> handover.scan(manifest.id(), "JP1111111111"));

        assertThat(handoverLines(order)).isEmpty();
    }

    @Test
    void cs_may_use_the_handover_but_not_mark_deliveries() {
        shipped(data, shipping, Courier.JNT, "JP1111111111");
        ManifestDetail manifest = as("cs", "CS", () -> handover.open(Courier.JNT.code()));

        assertThat(as("cs", "CS", () -> handover.scan(manifest.id(), "JP1111111111")).parcelCount()).isEqualTo(1);
        assertThatThrownBy(() -> as("cs", "CS", () -> delivered.check("JP1111111111")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_warehouse_reads_no_money_in_a_manifest() {
        // the manifest's records carry parcels, never amounts: no component could leak one to GUDANG
        for (Class<?> type : List.of(ManifestDetail.class, ManifestParcel.class, ManifestSummary.class)) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(c -> c.getName().toLowerCase()))
                    .as(type.getSimpleName())
                    .noneMatch(name -> name.matches(".*(price|total|amount|paid|money).*") || name.startsWith("cod"));
        }
    }

    private List<TimelineEntry> handoverLines(SalesOrder order) {
        return gudang(() -> contributors.stream().flatMap(c -> c.entries(order.getId(), false).stream())
                .filter(e -> e.text() instanceof TimelineText.Translated t && t.key().equals("timeline.handover"))
                .toList());
    }

    private void assertRefused(Supplier<?> action, String key) {
        assertThatThrownBy(() -> gudang(action)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo(key));
    }

    /** The database keeps microseconds. */
    private static java.time.Instant micros(java.time.@org.jspecify.annotations.Nullable Instant at) {
        return java.util.Objects.requireNonNull(at).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static <T> T gudang(Supplier<T> action) {
        return as("gudang", "GUDANG", action);
    }
}
