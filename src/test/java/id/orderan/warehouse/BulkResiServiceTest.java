package id.orderan.warehouse;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.dataio.ProgressListener;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.Courier;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class BulkResiServiceTest extends IntegrationTest {

    @Autowired
    BulkResiService bulk;

    @Autowired
    JdbcTemplate jdbc;

    private Customer budi;
    private Product kopi;

    @BeforeEach
    void shop() {
        budi = data.customer().create();
        kopi = data.product("Kopi Gayo", 100_000);
    }

    @Test
    void fifty_pasted_lines_with_three_bad_rows_send_47_orders_and_refuse_3_with_reasons_changing_nothing_on_them() {
        List<SalesOrder> paid = paidOrders(48);
        SalesOrder unpaid = paid.get(47);
        data.forceStatus(unpaid, OrderStatus.BELUM_BAYAR, "");
        SalesOrder holder = paidOrders(1).getFirst();
        data.shipment(holder, "JP0000000001");
        data.forceStatus(holder, OrderStatus.PROSES_PENGIRIMAN, "");
        SalesOrder clashing = paidOrders(1).getFirst();
        var text = new StringBuilder("no order\tkurir\tresi\tlayanan\n");
        for (int i = 0; i < 47; i++) {
            text.append(paid.get(i).getOrderNumber()).append("\tJ&T\tJP10000000").append(String.format("%02d", i))
                    .append("\tEZ\n");
        }
        text.append(unpaid.getOrderNumber()).append("\tJNE\tCGK100000048\tREG\n");
        text.append("INV-0000-99999\tJNE\tCGK100000049\tREG\n");
        text.append(clashing.getOrderNumber()).append("\tJNE\tJP0000000001\tREG\n");
        int auditBefore = data.auditRows(unpaid) + data.auditRows(clashing);

        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview(text.toString()));
        assertThat(preview.applicable()).isEqualTo(47);
        assertThat(preview.refused()).extracting(BulkResiRow::row, BulkResiRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(49, BulkResiStatus.WRONG_STATUS),
                org.assertj.core.groups.Tuple.tuple(50, BulkResiStatus.UNKNOWN_ORDER),
                org.assertj.core.groups.Tuple.tuple(51, BulkResiStatus.DUPLICATE_RESI));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shipment", Integer.class)).as("a preview changes nothing")
                .isEqualTo(1);

        BulkResiSummary summary = as("gudang", "GUDANG", () -> bulk.apply(preview, ProgressListener.NONE));

        assertThat(summary.applied()).isEqualTo(47);
        assertThat(summary.refused()).extracting(BulkResiRow::reasonKey).containsExactly(
                "warehouse.bulk-resi.reason.wrong-status", "warehouse.bulk-resi.reason.unknown-order",
                "warehouse.bulk-resi.reason.duplicate-resi");
        assertThat(summary.refused().getFirst().reasonArgs()).containsExactly("order.status.belum_bayar");
        for (int i = 0; i < 47; i++) {
            assertThat(data.status(paid.get(i))).isEqualTo("PROSES_PENGIRIMAN");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_change WHERE to_status = 'PROSES_PENGIRIMAN'"
                + " AND changed_by = 'gudang' AND note LIKE '%J&T Express EZ JP10000000%'", Integer.class))
                .as("one timeline entry per order, naming courier, service and resi").isEqualTo(47);
        assertThat(jdbc.queryForList("SELECT resi FROM shipment WHERE order_id = ?", String.class, paid.get(5).getId()))
                .containsExactly("JP1000000005");
        assertThat(data.status(unpaid)).isEqualTo("BELUM_BAYAR");
        assertThat(data.status(clashing)).isEqualTo("SEDANG_DIPROSES");
        assertThat(data.auditRows(unpaid) + data.auditRows(clashing)).isEqualTo(auditBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shipment WHERE order_id IN (?, ?)", Integer.class,
                unpaid.getId(), clashing.getId())).isZero();
    }

    @Test
    void applying_the_same_list_again_skips_every_order_as_already_done() {
        List<SalesOrder> paid = paidOrders(3);
        String text = lines(paid, "JNE");
        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview(text));
        as("gudang", "GUDANG", () -> bulk.apply(preview, ProgressListener.NONE));

        BulkResiSummary again = as("gudang", "GUDANG", () -> bulk.apply(preview, ProgressListener.NONE));

        assertThat(again.applied()).isZero();
        assertThat(again.alreadyDone()).isEqualTo(3);
        assertThat(again.refused()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shipment", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_status_change WHERE to_status = 'PROSES_PENGIRIMAN'",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void an_order_cancelled_between_the_preview_and_the_click_is_refused_and_stays_cancelled() {
        List<SalesOrder> paid = paidOrders(2);
        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview(lines(paid, "JNE")));
        assertThat(preview.applicable()).isEqualTo(2);
        data.forceStatus(paid.get(1), OrderStatus.CANCEL, "pembeli batal");

        BulkResiSummary summary = as("gudang", "GUDANG", () -> bulk.apply(preview, ProgressListener.NONE));

        assertThat(summary.applied()).isEqualTo(1);
        assertThat(summary.refused()).singleElement().extracting(BulkResiRow::status)
                .isEqualTo(BulkResiStatus.WRONG_STATUS);
        assertThat(data.status(paid.get(1))).isEqualTo("CANCEL");
        assertThat(data.status(paid.getFirst())).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void a_shipped_order_with_another_resi_is_refused_rather_than_corrected_in_bulk() {
        SalesOrder shipped = paidOrders(1).getFirst();
        data.shipment(shipped, "JP5555555555");
        data.forceStatus(shipped, OrderStatus.PROSES_PENGIRIMAN, "");

        BulkResiPreview preview = as("gudang", "GUDANG",
                () -> bulk.preview(shipped.getOrderNumber() + ";JNE;JP6666666666\n" + shipped.getOrderNumber()
                        + ";JNE;JP6666666666"));

        assertThat(preview.rows()).extracting(BulkResiRow::status)
                .containsExactly(BulkResiStatus.WRONG_STATUS, BulkResiStatus.WRONG_STATUS);
        assertThat(preview.rows().getFirst().reasonArgs()).containsExactly("JP5555555555");
    }

    @Test
    void the_file_itself_may_repeat_a_line_but_not_give_an_order_two_resi_or_a_resi_two_orders() {
        List<SalesOrder> paid = paidOrders(4);
        String a = paid.get(0).getOrderNumber();
        String b = paid.get(1).getOrderNumber();
        String c = paid.get(2).getOrderNumber();
        String d = paid.get(3).getOrderNumber();
        String text = String.join("\n", a + ",JNE,CGK111111111", a + ",JNE,cgk-111 111 111", b + ",JNE,CGK222222222",
                b + ",JNE,CGK333333333", c + ",JNE,CGK444444444", d + ",JNE,CGK444444444", "INV-1,Kurir Antah,CGK5",
                "INV-2,JNE,", "INV-3,Jne,CGK777777777,REG,lima ribu");

        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview(text));

        assertThat(preview.rows()).extracting(BulkResiRow::status).containsExactly(BulkResiStatus.OK,
                BulkResiStatus.DONE, BulkResiStatus.DUPLICATE_ORDER, BulkResiStatus.DUPLICATE_ORDER,
                BulkResiStatus.DUPLICATE_RESI, BulkResiStatus.DUPLICATE_RESI, BulkResiStatus.INVALID_RESI,
                BulkResiStatus.INCOMPLETE, BulkResiStatus.BAD_ONGKIR);
        assertThat(preview.rows().get(1).reasonArgs()).containsExactly("1");
        assertThat(preview.rows().get(2).reasonArgs()).containsExactly("3, 4");
    }

    @Test
    void a_repeated_line_stands_in_for_a_first_one_that_was_refused() {
        SalesOrder order = paidOrders(1).getFirst();
        String text = "order;kurir;resi;ongkir\n" + order.getOrderNumber() + ";JNE;CGK123123123;lima ribu\n"
                + order.getOrderNumber() + ";JNE;CGK123123123;5000\n" + order.getOrderNumber() + ";JNE;CGK123123123;\n";

        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview(text));

        assertThat(preview.rows()).extracting(BulkResiRow::status)
                .containsExactly(BulkResiStatus.BAD_ONGKIR, BulkResiStatus.OK, BulkResiStatus.DONE);
        assertThat(preview.rows().get(2).reasonArgs()).containsExactly("3");
    }

    @Test
    void the_buyers_service_is_kept_only_with_the_buyers_courier() {
        SalesOrder first = data.codOrder(budi, kopi, 1); // JNE REG
        SalesOrder second = data.codOrder(budi, kopi, 1);
        data.forceStatus(first, OrderStatus.SEDANG_DIPROSES, "");
        data.forceStatus(second, OrderStatus.SEDANG_DIPROSES, "");

        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview(first.getOrderNumber() + ";jne;CGK123123123\n"
                + second.getOrderNumber() + ";AnterAja;10001234567890"));

        assertThat(preview.rows()).extracting(BulkResiRow::service).containsExactly("REG", "");
    }

    @Test
    void an_unknown_courier_is_refused_and_a_blank_one_is_the_couriers_the_buyer_chose() {
        SalesOrder cod = data.codOrder(budi, kopi, 1); // JNE REG, chosen on the order
        data.forceStatus(cod, OrderStatus.SEDANG_DIPROSES, "");
        SalesOrder other = paidOrders(1).getFirst();

        BulkResiPreview preview = as("gudang", "GUDANG", () -> bulk.preview("order;kurir;resi\n"
                + cod.getOrderNumber() + ";;CGK123123123\n" + other.getOrderNumber() + ";Kurir Antah;CGK456456456\n"));

        assertThat(preview.rows().getFirst()).extracting(BulkResiRow::status, BulkResiRow::courier, BulkResiRow::service)
                .containsExactly(BulkResiStatus.OK, Courier.JNE, "REG");
        assertThat(preview.rows().get(1)).extracting(BulkResiRow::status, BulkResiRow::reasonArgs)
                .containsExactly(BulkResiStatus.UNKNOWN_COURIER, List.of("Kurir Antah"));
    }

    @Test
    void the_warehouse_gets_no_ongkir_while_an_admin_sees_where_the_file_differs_from_the_order() {
        SalesOrder cod = data.codOrder(budi, kopi, 1); // ongkir 20.000 on the order
        data.forceStatus(cod, OrderStatus.SEDANG_DIPROSES, "");
        String text = "order;kurir;resi;ongkir\n" + cod.getOrderNumber() + ";JNE;CGK123123123;Rp 25.000\n";

        BulkResiRow gudang = as("gudang", "GUDANG", () -> bulk.preview(text)).rows().getFirst();
        BulkResiPreview adminPreview = as("admin", "ADMIN", () -> bulk.preview(text));
        BulkResiRow admin = adminPreview.rows().getFirst();

        assertThat(gudang.ongkir()).isNull();
        assertThat(gudang.orderOngkir()).isNull();
        assertThat(admin.ongkir()).isEqualTo(25_000L);
        assertThat(admin.orderOngkir()).isEqualTo(20_000L);
        assertThat(admin.ongkirDiffers()).isTrue();
        as("admin", "ADMIN", () -> bulk.apply(adminPreview, ProgressListener.NONE));
        assertThat(jdbc.queryForObject("SELECT shipping_cost FROM sales_order WHERE id = ?", Long.class, cod.getId()))
                .as("bulk resi never changes the order's ongkir").isEqualTo(20_000L);
        assertThat(data.status(cod)).isEqualTo("PROSES_PENGIRIMAN");
    }

    @Test
    void an_xlsx_from_a_booking_tool_is_read_with_numeric_resi_in_full() throws Exception {
        List<SalesOrder> paid = paidOrders(2);
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Booking");
            var header = sheet.createRow(0);
            String[] titles = {"No Invoice", "Ekspedisi", "No AWB", "Ongkir"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            var first = sheet.createRow(1);
            first.createCell(0).setCellValue(paid.get(0).getOrderNumber());
            first.createCell(1).setCellValue("SiCepat");
            first.createCell(2).setCellValue(4123456789012d); // typed as a number in Excel
            var money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            first.createCell(3).setCellValue(15000d);
            first.getCell(3).setCellStyle(money);
            var second = sheet.createRow(3); // a blank row between
            second.createCell(0).setCellValue(paid.get(1).getOrderNumber());
            second.createCell(1).setCellValue("jnt");
            second.createCell(2).setCellValue("JP9876543210");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        BulkResiPreview preview = as("admin", "ADMIN", () -> bulk.previewFile(xlsx));

        assertThat(preview.rows()).extracting(BulkResiRow::row, BulkResiRow::resi, BulkResiRow::courier, BulkResiRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "4123456789012", Courier.SICEPAT, BulkResiStatus.OK),
                        org.assertj.core.groups.Tuple.tuple(4, "JP9876543210", Courier.JNT, BulkResiStatus.OK));
        assertThat(preview.rows().getFirst().ongkir()).isEqualTo(15_000L);
        BulkResiSummary summary = as("admin", "ADMIN", () -> bulk.apply(preview, ProgressListener.NONE));
        assertThat(summary.applied()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT resi FROM shipment ORDER BY resi", String.class))
                .containsExactly("4123456789012", "JP9876543210");
    }

    @Test
    void a_broken_file_is_refused_with_a_message_not_an_error() {
        byte[] notXlsx = {'P', 'K', 3, 4, 1, 2, 3};
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> bulk.previewFile(notXlsx)))
                .hasMessageContaining("warehouse.bulk-resi.error.not-xlsx");
        byte[] latin1 = "order;resi\nINV-1;CGK12345678\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> bulk.previewFile(latin1)))
                .hasMessageContaining("error.import.not-utf8");
    }

    @Test
    void cs_may_check_a_list_but_only_the_warehouse_and_admins_apply_it() {
        List<SalesOrder> paid = paidOrders(1);
        BulkResiPreview preview = as("cs", "CS", () -> bulk.preview(lines(paid, "JNE")));
        assertThat(preview.applicable()).isEqualTo(1);

        assertThatThrownBy(() -> as("cs", "CS", () -> bulk.apply(preview, ProgressListener.NONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.status(paid.getFirst())).isEqualTo("SEDANG_DIPROSES");
    }

    private String lines(List<SalesOrder> orders, String courier) {
        var text = new StringBuilder();
        for (int i = 0; i < orders.size(); i++) {
            text.append(orders.get(i).getOrderNumber()).append('\t').append(courier).append("\tCGK20000000")
                    .append(i).append('\n');
        }
        return text.toString();
    }

    private List<SalesOrder> paidOrders(int count) {
        List<SalesOrder> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(data.order(budi, OrderSource.MANUAL, kopi, 1));
        }
        String ids = String.join(",", orders.stream().map(o -> String.valueOf(o.getId())).toList());
        jdbc.update("UPDATE sales_order SET status = 'SEDANG_DIPROSES' WHERE id IN (" + ids + ")");
        data.forceStatus(orders.getFirst(), OrderStatus.SEDANG_DIPROSES, ""); // recounts the status counters
        return orders;
    }

}
