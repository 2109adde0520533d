package id.orderan.warehouse;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.ProductService;
import id.orderan.order.Courier;
import id.orderan.order.OrderStatus;
import id.orderan.order.TimelineEntry;
import id.orderan.order.TimelineText;
import id.orderan.shipping.DuplicateResiException;
import id.orderan.support.IntegrationTest;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Issue 14 §3: the rules of scan-to-pack, as any caller (the tablet, a hand-crafted request) meets them. */
class PackingServiceTest extends IntegrationTest {

    @Autowired
    PackingService packing;

    @Autowired
    ProductService products;

    @Autowired
    PackingTimeline timeline;

    @Autowired
    JdbcTemplate jdbc;

    PackingFixture fixture;

    @BeforeEach
    void paidOrder() {
        fixture = PackingFixture.create(data, products);
    }

    @Test
    void an_order_opens_by_its_barcode_or_typed_number_with_racks_and_no_money_but_the_cod_amount() {
        String typed = fixture.number().toLowerCase().replace("-", " ");

        PackingSheet sheet = gudang(() -> packing.open(typed));

        assertThat(sheet.orderNumber()).isEqualTo(fixture.number());
        assertThat(sheet.lines()).extracting(PackLine::sku, PackLine::barcode, PackLine::location, PackLine::quantity,
                PackLine::scanned).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KOPI-GAYO", "BC-KOPI-01", "A-01-2", 2, 0),
                        org.assertj.core.groups.Tuple.tuple("TEH-MELATI", null, "B-03", 1, 0));
        assertThat(sheet.courierCode()).isEqualTo(Courier.JNE.code());
        assertThat(sheet.codToCollect()).as("the one amount the warehouse sees").isEqualTo(fixture.order().getGrandTotal());
        // no price, total or payment anywhere in what the station gets
        assertThat(componentNames(PackingSheet.class)).noneMatch(name -> name.matches("(?i).*(price|total|paid|amount).*"));
        assertThat(componentNames(PackLine.class)).noneMatch(name -> name.matches("(?i).*(price|total).*"));
        assertThat(sheet.toString()).doesNotContain("87500", "43100");
    }

    @Test
    void unknown_unpaid_and_cancelled_orders_are_refused_clearly() {
        assertThatThrownBy(() -> gudang(() -> packing.open("INV-0000-99999")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.packing.unknown-order");
        assertThatThrownBy(() -> gudang(() -> packing.open("   ")))
                .hasMessageContaining("error.packing.unknown-order");

        data.forceStatus(fixture.order(), OrderStatus.BELUM_BAYAR, "");
        assertThatThrownBy(() -> gudang(() -> packing.open(fixture.number())))
                .hasMessageContaining("error.packing.not-processing").hasMessageContaining("order.status.belum_bayar");

        data.forceStatus(fixture.order(), OrderStatus.CANCEL, "Pembeli batal");
        assertThatThrownBy(() -> gudang(() -> packing.open(fixture.number())))
                .hasMessageContaining("error.packing.not-processing").hasMessageContaining("order.status.cancel");
    }

    @Test
    void an_order_cancelled_while_packing_refuses_the_next_scan_and_counts_nothing() {
        scan("BC-KOPI-01");
        data.forceStatus(fixture.order(), OrderStatus.CANCEL, "Pembeli batal");

        assertThatThrownBy(() -> scan("TEH-MELATI")).hasMessageContaining("error.packing.not-processing");
        assertThat(scannedUnits()).isEqualTo(1);
    }

    @Test
    void a_wrong_item_or_one_too_many_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> scan("SABUN-01")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.packing.wrong-item");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_packing", Integer.class))
                .as("a refused first scan leaves no trace").isZero();

        scan("teh-melati");
        long version = packingVersion();
        assertThatThrownBy(() -> scan("TEH-MELATI")).hasMessageContaining("error.packing.too-many");

        assertThat(scannedUnits()).isEqualTo(1);
        assertThat(packingVersion()).isEqualTo(version);
        assertThat(gudang(() -> packing.open(fixture.number())).lines()).extracting(PackLine::scanned)
                .containsExactly(0, 1);
    }

    @Test
    void the_last_unit_packs_the_order_with_who_and_when_on_the_timeline() {
        ScanResult first = scan("bc-kopi-01");
        ScanResult second = scan("KOPI-GAYO");
        assertThat(first.packedNow()).isFalse();
        assertThat(second.sheet().lines().getFirst().complete()).isTrue();
        assertThat(second.sheet().packed()).isFalse();

        ScanResult last = scan("TEH-MELATI");

        assertThat(last.packedNow()).isTrue();
        assertThat(last.sheet().packed()).isTrue();
        assertThat(last.sheet().packedBy()).isEqualTo("gudang");
        assertThat(jdbc.queryForObject("SELECT packed_by FROM order_packing WHERE order_id = ? AND packed_at IS NOT NULL",
                String.class, fixture.order().getId())).isEqualTo("gudang");
        assertThat(data.status(fixture.order())).as("packed is a flag, not a status").isEqualTo("SEDANG_DIPROSES");
        assertThatThrownBy(() -> scan("TEH-MELATI")).hasMessageContaining("error.packing.already-packed");
        List<TimelineEntry> entries = as("cs", "CS", () -> timeline.entries(fixture.order().getId(), true));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo(TimelineText.plain("gudang"));
            assertThat(entry.text()).isEqualTo(TimelineText.key("timeline.packed", "gudang", 3));
        });
        assertThat(as("gudang", "GUDANG", () -> timeline.entries(fixture.order().getId(), false)))
                .as("the warehouse sees it too").hasSize(1);
    }

    @Test
    void a_retried_scan_request_is_not_counted_twice() {
        var command = new ScanCommand(fixture.number(), "BC-KOPI-01", UUID.randomUUID().toString());

        gudang(() -> packing.scanItem(command));
        ScanResult retry = gudang(() -> packing.scanItem(command));

        assertThat(retry.repeated()).isTrue();
        assertThat(retry.sheet().lines().getFirst().scanned()).isEqualTo(1);
        assertThat(scannedUnits()).isEqualTo(1);
    }

    @Test
    void starting_over_clears_the_scans_and_is_recorded() {
        scan("BC-KOPI-01");
        scan("BC-KOPI-01");
        scan("TEH-MELATI");

        PackingSheet again = gudang(() -> packing.startOver(fixture.number()));

        assertThat(again.packed()).isFalse();
        assertThat(again.lines()).extracting(PackLine::scanned).containsOnly(0);
        assertThat(scannedUnits()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_packing WHERE packed_at IS NULL", Integer.class))
                .isEqualTo(1);
        assertThat(as("admin", "ADMIN", () -> timeline.entries(fixture.order().getId(), true)))
                .extracting(TimelineEntry::text).containsExactly(TimelineText.key("timeline.packed", "gudang", 3),
                        TimelineText.key("timeline.packing-reset", "gudang", 3));
    }

    @Test
    void the_resi_of_a_packed_order_goes_through_shipping_to_proses_pengiriman() {
        assertThatThrownBy(() -> resi(false)).hasMessageContaining("error.packing.not-packed");
        scan("BC-KOPI-01");
        scan("BC-KOPI-01");
        scan("TEH-MELATI");

        resi(false);

        assertThat(data.status(fixture.order())).isEqualTo("PROSES_PENGIRIMAN");
        assertThat(jdbc.queryForObject("SELECT CONCAT(courier, ' ', service, ' ', resi) FROM shipment WHERE order_id = ?",
                String.class, fixture.order().getId())).isEqualTo("JNE REG JP1234567890");
    }

    @Test
    void a_resi_already_on_another_order_is_warned_before_it_is_saved() {
        var other = data.order(data.customer().name("Sari").create(), id.orderan.order.OrderSource.MANUAL,
                data.product("Gula Aren", 30_000), 1);
        data.shipment(other, "JP1234567890");
        scan("BC-KOPI-01");
        scan("BC-KOPI-01");
        scan("TEH-MELATI");

        assertThatThrownBy(() -> resi(false)).isInstanceOf(DuplicateResiException.class);
        assertThat(data.status(fixture.order())).isEqualTo("SEDANG_DIPROSES");

        resi(true);
        assertThat(data.status(fixture.order())).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void cs_may_pack_but_the_resi_is_for_the_shipping_roles() {
        as("cs", "CS", () -> packing.scanItem(new ScanCommand(fixture.number(), "BC-KOPI-01", "s1")));
        as("cs", "CS", () -> packing.scanItem(new ScanCommand(fixture.number(), "BC-KOPI-01", "s2")));
        ScanResult packed = as("cs", "CS", () -> packing.scanItem(new ScanCommand(fixture.number(), "TEH-MELATI", "s3")));
        assertThat(packed.packedNow()).isTrue();

        assertThatThrownBy(() -> as("cs", "CS", () -> {
            packing.enterResi(new ResiEntry(fixture.number(), "JNE", "REG", "JP1234567890", false));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(data.status(fixture.order())).isEqualTo("SEDANG_DIPROSES");
    }

    private ScanResult scan(String code) {
        return gudang(() -> packing.scanItem(new ScanCommand(fixture.number(), code, UUID.randomUUID().toString())));
    }

    private void resi(boolean duplicateConfirmed) {
        gudang(() -> {
            packing.enterResi(new ResiEntry(fixture.number(), Courier.JNE.code(), "REG", "jp 1234 5678 90",
                    duplicateConfirmed));
            return null;
        });
    }

    private int scannedUnits() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(scanned), 0) FROM order_packing_item", Integer.class);
    }

    private long packingVersion() {
        return jdbc.queryForObject("SELECT version FROM order_packing WHERE order_id = ?", Long.class,
                fixture.order().getId());
    }

    private static <T> T gudang(java.util.function.Supplier<T> action) {
        return as("gudang", "GUDANG", action);
    }

    private static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
