package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerCategory;
import id.orderan.support.IntegrationTest;
import id.orderan.support.Spreadsheets;
import id.orderan.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.util.AopTestUtils;

class OrderExportServiceTest extends IntegrationTest {

    private static final Locale ID = Locale.forLanguageTag("id-ID");

    @Autowired
    OrderExportService exports;

    @Autowired
    JdbcTemplate jdbc;

    SalesOrder sitiOld;
    SalesOrder sitiNew;
    SalesOrder sitiPaid;
    SalesOrder budi;

    @BeforeEach
    void shop() {
        Customer siti = data.customer().name("Siti Nurhaliza").category(CustomerCategory.RESELLER)
                .phone("081311112222").create();
        Customer budiCustomer = data.customer().name("Budi Santoso").phone("081399998888").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        Product teh = data.product("Teh Melati", 12_500);
        sitiOld = data.order(siti, OrderSource.MANUAL, kopi, 2);
        sitiNew = data.order(CreateOrderCommand.simple(siti.getId(), OrderSource.FORM, List.of(
                new CreateOrderCommand.Line(kopi.getId(), 1, null), new CreateOrderCommand.Line(teh.getId(), 3, null))));
        sitiPaid = data.order(siti, OrderSource.MANUAL, teh, 1);
        budi = data.order(budiCustomer, OrderSource.MANUAL, kopi, 1);
        data.forceStatus(sitiPaid, OrderStatus.SEDANG_DIPROSES, "");
        at(sitiOld, "2026-11-20 01:00:00");
        at(sitiNew, "2026-11-26 07:05:00");
        at(sitiPaid, "2026-11-27 07:05:00");
        at(budi, "2026-11-28 07:05:00");
        // more than one keyset page for three rows
        target().chunk = 1;
    }

    @AfterEach
    void defaultChunk() {
        target().chunk = OrderExportService.CHUNK;
    }

    @Test
    void exports_exactly_the_filtered_view_in_its_order_with_money_for_customer_service() throws IOException {
        OrderFilter belumBayarSiti = OrderFilter.all().withStatuses(Set.of(OrderStatus.BELUM_BAYAR)).withSearch("siti");
        jdbc.update("UPDATE sales_order SET amount_paid = 50000 WHERE id = ?", sitiOld.getId());
        List<long[]> progress = new ArrayList<>();

        List<List<Object>> rows = TestData.as("cs", "CS", () -> xlsx(belumBayarSiti, OrderSort.newestFirst(),
                (done, total) -> progress.add(new long[] {done, total})));

        List<Object> header = rows.getFirst();
        assertThat(header).contains("Nomor Order", "Tanggal", "Status", "Pelanggan", "WhatsApp", "Produk", "Total",
                "Dibayar", "Sisa Tagihan", "Tagihan COD", "Kurir", "Resi", "Kota/Kabupaten");
        assertThat(header).allSatisfy(title -> assertThat((String) title).doesNotStartWith("!"));
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(col(header, "Nomor Order")))
                .containsExactly(sitiNew.getOrderNumber(), sitiOld.getOrderNumber());
        List<Object> newest = rows.get(1);
        assertThat(newest.get(col(header, "Tanggal"))).isEqualTo("26/11/2026 14:05");
        assertThat(newest.get(col(header, "Status"))).isEqualTo("Belum Bayar");
        assertThat(newest.get(col(header, "Kategori"))).isEqualTo("Reseller");
        assertThat(newest.get(col(header, "WhatsApp"))).isEqualTo("0813-1111-2222");
        assertThat(newest.get(col(header, "Produk"))).isEqualTo("Kopi Gayo ×1, Teh Melati ×3");
        assertThat(newest.get(col(header, "Jumlah Barang"))).isEqualTo(4.0);
        assertThat(newest.get(col(header, "Total"))).isInstanceOf(Double.class);
        List<Object> oldest = rows.get(2);
        double total = (Double) oldest.get(col(header, "Total"));
        assertThat(total).isGreaterThanOrEqualTo(170_000d);
        assertThat(oldest.get(col(header, "Dibayar"))).isEqualTo(50_000d);
        assertThat(oldest.get(col(header, "Sisa Tagihan"))).isEqualTo(total - 50_000d);
        assertThat(progress.getLast()).containsExactly(2, 2);
    }

    @Test
    void exports_in_the_sort_chosen_on_screen() throws IOException {
        OrderFilter all = OrderFilter.all().withStatuses(OrderStatus.ACTIVE_FLOW);

        List<List<Object>> rows = TestData.asAdmin(() -> xlsx(all,
                new OrderSort(OrderSort.Field.ORDER_NUMBER, true), ProgressListener.NONE));

        assertThat(rows.subList(1, rows.size())).extracting(row -> row.getFirst()).containsExactly(
                sitiOld.getOrderNumber(), sitiNew.getOrderNumber(), sitiPaid.getOrderNumber(), budi.getOrderNumber());
    }

    @Test
    void the_warehouse_gets_no_money_columns_except_the_cod_amount() throws IOException {
        jdbc.update("UPDATE sales_order SET cod = 1 WHERE id = ?", budi.getId());
        long budiTotal = jdbc.queryForObject("SELECT grand_total FROM sales_order WHERE id = ?", Long.class,
                budi.getId());
        OrderFilter all = OrderFilter.all().withStatuses(OrderStatus.ACTIVE_FLOW);

        // asking for the amount sort must not leak amounts through the order of rows either
        List<List<Object>> rows = TestData.as("gudang", "GUDANG", () -> xlsx(all,
                new OrderSort(OrderSort.Field.GRAND_TOTAL, false), ProgressListener.NONE));

        List<Object> header = rows.getFirst();
        assertThat(header).doesNotContain("Total", "Dibayar", "Sisa Tagihan").contains("COD", "Tagihan COD");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.getFirst()).containsExactly(
                budi.getOrderNumber(), sitiPaid.getOrderNumber(), sitiNew.getOrderNumber(), sitiOld.getOrderNumber());
        assertThat(rows.get(1).get(col(header, "COD"))).isEqualTo("Ya");
        assertThat(rows.get(1).get(col(header, "Tagihan COD"))).isEqualTo((double) budiTotal);
        // no other numeric cell than the quantity and the COD amount
        for (List<Object> row : rows.subList(1, rows.size())) {
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i) instanceof Double) {
                    assertThat(header.get(i)).isIn("Jumlah Barang", "Tagihan COD");
                }
            }
        }
    }

    @Test
    void csv_export_neutralises_a_buyer_name_that_looks_like_a_formula() throws IOException {
        var evil = data.customer().name("=HYPERLINK(\"http://x\",\"Siti\")").phone("081355556666").create();
        SalesOrder order = data.order(evil, OrderSource.FORM, data.product("Gula Aren", 30_000), 1);
        OrderFilter view = OrderFilter.all().withStatuses(OrderStatus.ACTIVE_FLOW).withSearch(order.getOrderNumber());
        var out = new ByteArrayOutputStream();

        TestData.asAdmin(() -> {
            try (TableWriter writer = ExportFormat.CSV.open(out, "Order")) {
                exports.export(view, OrderSort.newestFirst(), ID, writer, ProgressListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains(order.getOrderNumber() + ";").contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Siti\"\")\"")
                .doesNotContain(";=HYPERLINK");
    }

    @Test
    void nobody_signed_out_can_export() {
        assertThatThrownBy(() -> exports.export(OrderFilter.all(), OrderSort.newestFirst(), ID,
                ExportFormat.CSV.open(new ByteArrayOutputStream(), "x"), ProgressListener.NONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<List<Object>> xlsx(OrderFilter filter, OrderSort sort, ProgressListener progress) {
        var out = new ByteArrayOutputStream();
        try {
            try (TableWriter writer = ExportFormat.XLSX.open(out, "Order")) {
                exports.export(filter, sort, ID, writer, progress);
            }
            return Spreadsheets.rows(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int col(List<Object> header, String title) {
        int index = header.indexOf(title);
        assertThat(index).as(title).isNotNegative();
        return index;
    }

    private void at(SalesOrder order, String utc) {
        jdbc.update("UPDATE sales_order SET created_at = ? WHERE id = ?", utc, order.getId());
    }

    private OrderExportService target() {
        return AopTestUtils.getUltimateTargetObject(exports);
    }
}
