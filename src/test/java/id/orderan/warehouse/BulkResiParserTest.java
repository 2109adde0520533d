package id.orderan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.dataio.ImportLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What people paste from spreadsheets and courier booking tools, read without Spring. */
class BulkResiParserTest {

    private static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 100);

    @Test
    void lines_copied_from_a_spreadsheet_are_split_at_tabs_by_position() {
        List<BulkResiLine> lines = BulkResiParser.text("INV-2611-00001\tJNE\tCGK123456789\tREG\t15000\n"
                + "INV-2611-00002\tJ&T\tJP1234567890\n", LIMITS);

        assertThat(lines).containsExactly(
                new BulkResiLine(1, "INV-2611-00001", "JNE", "CGK123456789", "REG", "15000"),
                new BulkResiLine(2, "INV-2611-00002", "J&T", "JP1234567890", "", ""));
    }

    @Test
    void semicolons_and_commas_are_recognised_from_the_first_line() {
        assertThat(BulkResiParser.text("INV-1;SiCepat;000123456789;REG", LIMITS).getFirst())
                .isEqualTo(new BulkResiLine(1, "INV-1", "SiCepat", "000123456789", "REG", ""));
        assertThat(BulkResiParser.text("INV-1, SiCepat , 000123456789", LIMITS).getFirst())
                .isEqualTo(new BulkResiLine(1, "INV-1", "SiCepat", "000123456789", "", ""));
    }

    @Test
    void a_header_in_indonesian_or_english_names_the_columns_in_any_order_and_unknown_ones_are_ignored() {
        List<BulkResiLine> indonesian = BulkResiParser.text(
                "No Resi;Ekspedisi;Nama Penerima;No. Order;Ongkos Kirim\nJP1234567890;J&T;Budi;INV-9;Rp 12.000\n", LIMITS);
        List<BulkResiLine> english = BulkResiParser.text(
                "AWB,Courier,Service,Invoice,Shipping cost\nJP1234567890,J&T,EZ,INV-9,12000\n", LIMITS);

        assertThat(indonesian).containsExactly(new BulkResiLine(2, "INV-9", "J&T", "JP1234567890", "", "Rp 12.000"));
        assertThat(english).containsExactly(new BulkResiLine(2, "INV-9", "J&T", "JP1234567890", "EZ", "12000"));
    }

    @Test
    void the_downloaded_template_and_refused_rows_headers_are_read_back_in_both_languages() {
        assertThat(BulkResiParser.header(List.of("order", "kurir", "resi", "layanan", "ongkir", "alasan")))
                .containsOnlyKeys(BulkResiParser.Column.values());
        assertThat(BulkResiParser.header(List.of("row", "order", "courier", "resi", "service", "shipping cost", "reason")))
                .containsOnlyKeys(BulkResiParser.Column.values());
    }

    @Test
    void quoted_values_may_hold_the_separator_and_a_quote() {
        List<BulkResiLine> lines = BulkResiParser.text("order,kurir,resi,layanan,ongkir\n"
                + "INV-1,\"J&T, Express\",JP1234567890,\"EZ \"\"cepat\"\"\",\"15,000\"\n", LIMITS);

        assertThat(lines).containsExactly(new BulkResiLine(2, "INV-1", "J&T, Express", "JP1234567890", "EZ \"cepat\"",
                "15,000"));
    }

    @Test
    void blank_lines_and_empty_separator_lines_are_skipped_and_rows_keep_their_line_numbers() {
        List<BulkResiLine> lines = BulkResiParser.text("\r\norder;kurir;resi\r\n\r\nINV-1;JNE;CGK123456789\r\n;;\r\n"
                + "INV-2;JNE;CGK987654321\r\n\r\n", LIMITS);

        assertThat(lines).extracting(BulkResiLine::row, BulkResiLine::order)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "INV-1"), org.assertj.core.groups.Tuple.tuple(6, "INV-2"));
    }

    @Test
    void a_byte_order_mark_from_excel_does_not_hide_the_header() {
        List<BulkResiLine> lines = BulkResiParser.text("\uFEFForder;kurir;resi\nINV-1;JNE;CGK123456789\n", LIMITS);

        assertThat(lines).containsExactly(new BulkResiLine(2, "INV-1", "JNE", "CGK123456789", "", ""));
    }

    @Test
    void two_values_without_a_header_are_order_and_resi() {
        assertThat(BulkResiParser.text("INV-1\tCGK123456789", LIMITS).getFirst())
                .isEqualTo(new BulkResiLine(1, "INV-1", "", "CGK123456789", "", ""));
    }

    @Test
    void a_header_without_order_or_resi_and_an_empty_paste_are_refused_as_a_whole() {
        assertThatThrownBy(() -> BulkResiParser.text("order;kurir\nINV-1;JNE", LIMITS))
                .hasMessageContaining("warehouse.bulk-resi.error.header");
        assertThatThrownBy(() -> BulkResiParser.text(" \n\t\n", LIMITS))
                .hasMessageContaining("warehouse.bulk-resi.error.empty");
    }

    @Test
    void more_rows_than_the_cap_are_refused_before_anything_is_checked() {
        var small = new ImportLimits(1024, 2);
        assertThat(BulkResiParser.text("order;resi\nINV-1;CGK123456789\nINV-2;CGK123456788", small)).hasSize(2);
        assertThatThrownBy(() -> BulkResiParser.text("INV-1;JNE;A1234567\nINV-2;JNE;A1234568\nINV-3;JNE;A1234569", small))
                .hasMessageContaining("error.import.too-many-rows");
        assertThatThrownBy(() -> BulkResiParser.text("x".repeat(1025), small))
                .hasMessageContaining("error.import.too-large");
    }
}
