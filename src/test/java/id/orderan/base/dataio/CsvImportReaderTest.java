package id.orderan.base.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportReaderTest {

    private final CsvImportReader reader = new CsvImportReader(ImportLimits.DEFAULT);

    @Test
    void reads_excel_style_semicolons_after_a_byte_order_mark() {
        List<CsvRecord> records = read("\uFEFFSKU;Nama;Harga\r\nKOPI-1;Kopi Gayo;85000\r\nTEH-1;Teh Melati;12500\r\n",
                "SKU", "Nama");

        assertThat(records).hasSize(2);
        assertThat(records.getFirst().get("sku")).isEqualTo("KOPI-1");
        assertThat(records.getFirst().get("Harga")).isEqualTo("85000");
        assertThat(records.getFirst().line()).isEqualTo(2);
        assertThat(records.get(1).get("Nama")).isEqualTo("Teh Melati");
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void reads_commas_and_keeps_line_numbers_across_quoted_line_breaks_and_blank_lines() {
        List<CsvRecord> records = read("""
                Nama,WhatsApp,Alamat
                Siti,0812,"Jl. Melati 1
                RT 02, RW 03"

                Budi,0813,"Jl. Kenanga"
                """, "Nama");

        assertThat(records).extracting(CsvRecord::line).containsExactly(2L, 5L);
        assertThat(records.getFirst().get("Alamat")).isEqualTo("Jl. Melati 1\nRT 02, RW 03");
        assertThat(records.get(1).get("Nama")).isEqualTo("Budi");
    }

    @Test
    void a_short_row_reads_missing_values_as_empty_and_an_overlong_row_is_flagged() {
        List<CsvRecord> records = read("SKU;Nama;Harga\nA;Kopi\nB;Teh;1;2\n", "SKU");

        assertThat(records.getFirst().get("Harga")).isEmpty();
        assertThat(records.getFirst().hasExtraValues()).isFalse();
        assertThat(records.get(1).hasExtraValues()).isTrue();
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void an_unclosed_quote_is_refused_with_its_line_number() {
        assertThatThrownBy(() -> read("SKU;Nama\nA;Kopi\nB;\"Teh\nC;Gula\n", "SKU"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.broken-line");
                    assertThat(e.args()).containsExactly(3L);
                });
    }

    @Test
    void a_missing_required_column_is_named() {
        assertThatThrownBy(() -> read("Nama;Harga\nKopi;1\n", "SKU", "Nama"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.missing-columns");
                    assertThat(e.args()).containsExactly("SKU");
                });
    }

    @Test
    void the_caps_are_enforced_on_the_server() {
        var small = new CsvImportReader(new ImportLimits(100, 2));
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return served > 10_000_000 ? -1 : 'x';
            }
        };
        assertThatThrownBy(() -> small.read(endless, List.of()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.import.too-large"));
        assertThatThrownBy(() -> small.read(bytes("A\n1\n2\n3\n"), List.of("A")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.too-many-rows");
                    assertThat(e.args()).containsExactly(2);
                });
    }

    @Test
    void empty_and_non_utf8_files_are_refused() {
        assertThatThrownBy(() -> read("\uFEFF  \n", "SKU")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.import.empty"));
        byte[] latin1 = "Nama\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1, List.of("Nama"))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.import.not-utf8"));
    }

    @Test
    void the_delimiter_is_guessed_from_the_header_ignoring_quoted_text() {
        assertThat(CsvImportReader.delimiter("\"a;b;c\",x,y\n1;2;3;4;5")).isEqualTo(',');
        assertThat(CsvImportReader.delimiter("a;b,c;d\n")).isEqualTo(';');
    }

    private List<CsvRecord> read(String text, String... required) {
        return reader.read(bytes(text), List.of(required));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
