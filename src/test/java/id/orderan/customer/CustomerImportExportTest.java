package id.orderan.customer;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.Address;
import id.orderan.base.Translations;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.dataio.ImportPipeline;
import id.orderan.base.dataio.ImportPreview;
import id.orderan.base.dataio.ImportRow;
import id.orderan.base.dataio.ImportSummary;
import id.orderan.base.dataio.MatchMode;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.RowProblem;
import id.orderan.base.dataio.TableWriter;
import id.orderan.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Customers in and out through the same pipeline the Impor dialog uses, on MariaDB. */
class CustomerImportExportTest extends IntegrationTest {

    private static final String HEADER = "Nama;Kategori;WhatsApp;Email;Alamat;Kelurahan/Desa;Kecamatan;Kota/Kabupaten;"
            + "Provinsi;Kode pos;Nama toko dropship;No. dropship\n";

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    private final Translations translations = new Translations();

    @Test
    void only_an_admin_writes_a_customer_import_batch_and_the_new_customers_are_searchable() {
        data.customer().name("Budi Santoso").phone("081311112222").create();
        var created = new CustomerImport("Siti Nurhaliza", CustomerCategory.RESELLER, "6281299990000", "siti@example.com",
                "Jl. Kaliurang Km 5", null, null, "Kab. Sleman", null, "55281", null, null);
        var updated = new CustomerImport("Budi Santoso Baru", null, "6281311112222", null, null, null, null, null, null,
                null, null, null);
        for (String role : List.of("CS", "GUDANG")) {
            assertThatThrownBy(() -> as(role.toLowerCase(), role, () -> {
                customers.importBatch(List.of(created), List.of(updated));
                return null;
            })).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(role.toLowerCase(), role, () -> customers.existingPhones(List.of("6281311112222"))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForList("SELECT name FROM customer", String.class)).containsExactly("Budi Santoso");

        asAdmin(() -> {
            customers.importBatch(List.of(created), List.of(updated));
            return null;
        });

        assertThat(jdbc.queryForList("SELECT CONCAT(name, ' ', category, ' ', phone, ' ', IFNULL(email, '-'))"
                + " FROM customer ORDER BY id", String.class)).containsExactly(
                        "Budi Santoso Baru UMUM 6281311112222 budi@example.com",
                        "Siti Nurhaliza RESELLER 6281299990000 siti@example.com");
        assertThat(asAdmin(() -> customers.list(new CustomerFilter("siti sleman", null), 0, 10)))
                .extracting(CustomerRow::name).containsExactly("Siti Nurhaliza");
        assertThat(asAdmin(() -> customers.list(new CustomerFilter("baru", null), 0, 10)))
                .extracting(CustomerRow::name).containsExactly("Budi Santoso Baru");
    }

    @Test
    void broken_rows_are_listed_with_line_and_indonesian_reason_and_nothing_is_written_before_confirmation() {
        data.customer().name("Budi Santoso").phone("081311112222").create();
        String csv = HEADER
                + "Siti Nurhaliza;Reseller;0812-9999-0000;siti@example.com;;;;;;;;\n"    // 2 fine
                + "John Smith;;+1 555 123 4567;;;;;;;;;\n"                             // 3 not Indonesian
                + "Ani;Umum;081277778888;ani@;;;;;;;;\n"                                // 4 bad email
                + "Dewi;Grosir;081266667777;;;;;;;;;\n"                                 // 5 unknown category
                + "Siti Lagi;;+62 812 9999 0000;;;;;;;;;\n"                             // 6 same number as line 2
                + "Budi Baru;;0813-1111-2222;;;;;;;;;\n"                                // 7 exists
                + ";;081255556666;;;;;;;;;\n"                                           // 8 no name
                + "Rudi;;081244445555;;;;;;;123;;\n"                                    // 9 bad postal code
                + "Tanpa Nomor;;;;;;;;;;;\n";                                           // 10 no WhatsApp

        ImportPreview<CustomerImport> preview = asAdmin(() -> pipeline().preview(utf8(csv)));

        assertThat(preview.rows()).extracting(ImportRow::line, this::outcome).containsExactly(
                Tuple.tuple(2L, "ok"),
                Tuple.tuple(3L, "Nomor WhatsApp +1 555 123 4567 bukan nomor Indonesia yang valid. Contoh: 0812-3456-7890."),
                Tuple.tuple(4L, "Alamat email ani@ tidak valid."),
                Tuple.tuple(5L, "Kategori Grosir tidak dikenal. Pilih Umum, Reseller, Dropshipper, Agen atau Distributor."),
                Tuple.tuple(6L, "6281299990000 sudah muncul di baris 2 berkas ini."),
                Tuple.tuple(7L, "exists"),
                Tuple.tuple(8L, "Nama wajib diisi."),
                Tuple.tuple(9L, "Kode pos 123 tidak valid: harus 5 angka."),
                Tuple.tuple(10L, "WhatsApp wajib diisi."));
        assertThat(jdbc.queryForList("SELECT name FROM customer", String.class)).as("the preview writes nothing")
                .containsExactly("Budi Santoso");

        ImportSummary summary = asAdmin(() -> pipeline().apply(preview, MatchMode.SKIP_EXISTING, ProgressListener.NONE));

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.problems()).extracting(RowProblem::line).containsExactly(3L, 4L, 5L, 6L, 8L, 9L, 10L);
        assertThat(jdbc.queryForList("SELECT name FROM customer ORDER BY id", String.class))
                .containsExactly("Budi Santoso", "Siti Nurhaliza");
    }

    @Test
    void update_mode_changes_the_oldest_customer_with_the_number_and_keeps_blank_values() {
        Customer budi = data.customer().name("Budi Santoso").phone("081311112222").email("budi@example.com").create();
        Customer adik = data.customer().name("Adik Budi").phone("081311112222").email("adik@example.com").create();

        ImportSummary summary = importCsv("Nama;WhatsApp;Kategori;Alamat\nBudi S.;6281311112222;Agen;Jl. Baru 1\n",
                MatchMode.UPDATE_EXISTING);

        assertThat(summary).isEqualTo(new ImportSummary(0, 1, 0, 0, List.of()));
        Customer updated = asAdmin(() -> customers.get(budi.getId()));
        assertThat(updated.getName()).isEqualTo("Budi S.");
        assertThat(updated.getCategory()).isEqualTo(CustomerCategory.AGEN);
        assertThat(updated.getEmail()).as("blank: kept").isEqualTo("budi@example.com");
        assertThat(updated.getAddress().street()).isEqualTo("Jl. Baru 1");
        assertThat(updated.getAddress().city()).as("no area in the row: kept").isEqualTo(budi.getAddress().city());
        assertThat(updated.getVersion()).isGreaterThan(budi.getVersion());
        assertThat(asAdmin(() -> customers.get(adik.getId())).getName()).isEqualTo("Adik Budi");
    }

    @Test
    void skip_mode_leaves_existing_customers_alone() {
        data.customer().name("Budi Santoso").phone("081311112222").create();

        ImportSummary summary = importCsv("Nama,WhatsApp\nBudi Baru,0813-1111-2222\nSiti,0812-9999-0000\n",
                MatchMode.SKIP_EXISTING);

        assertThat(summary).isEqualTo(new ImportSummary(1, 0, 1, 0, List.of()));
        assertThat(jdbc.queryForList("SELECT CONCAT(name, ' ', phone) FROM customer ORDER BY id", String.class))
                .containsExactly("Budi Santoso 6281311112222", "Siti 6281299990000");
        assertThat(address("6281299990000")).as("no address columns: an empty address, not null")
                .isEqualTo(Address.empty());
    }

    @Test
    void area_names_found_in_the_area_data_get_the_village_and_others_are_kept_as_typed() {
        importCsv(HEADER
                + "Siti;;081299990000;;Jl. Kaliurang Km 5;caturtunggal;Kec. Depok;Sleman;DI Yogyakarta;55281;;\n"
                + "Ani;;081277778888;;Jl. Mawar 3;Antah;Berantah;Kota Entah;;12345;;\n"
                + "Dewi;Dropshipper;081266667777;;;Caturtunggal;Depok;Kota Depok;;;Toko Dewi;0812-1111-3333\n",
                MatchMode.SKIP_EXISTING);

        Address siti = address("6281299990000");
        assertThat(siti).isEqualTo(new Address("Jl. Kaliurang Km 5", "Caturtunggal", "Depok", "Kab. Sleman",
                "DI Yogyakarta", "55281", siti.villageCode()));
        assertThat(siti.villageCode()).isNotNull().startsWith("34.04.");
        assertThat(address("6281277778888")).isEqualTo(new Address("Jl. Mawar 3", "Antah", "Berantah", "Kota Entah",
                null, "12345", null));
        assertThat(address("6281266667777").villageCode()).as("Depok of Kota Depok has no Caturtunggal").isNull();
        assertThat(jdbc.queryForObject("SELECT CONCAT(dropship_name, ' ', dropship_phone) FROM customer WHERE name = 'Dewi'",
                String.class)).isEqualTo("Toko Dewi 6281211113333");
    }

    @Test
    void export_follows_the_search_writes_numbers_as_text_and_neutralises_formula_looking_cells() throws IOException {
        data.customer().name("=HYPERLINK(\"http://evil\",\"klik\")").phone("081299990000").email("x@example.com").create();
        data.customer().name("Budi Santoso").phone("081311112222").create();

        String csv = export(new CustomerFilter("0812", null));

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFNama;Kategori;WhatsApp;Email;Alamat;Kelurahan/Desa;Kecamatan;Kota/Kabupaten;Provinsi;Kode pos;"
                        + "Nama toko dropship;No. dropship",
                "\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\";Umum;0812-9999-0000;x@example.com;Jl. Melati No. 12;;"
                        + "Coblong;Kota Bandung;Jawa Barat;40132;;");
    }

    @Test
    void the_warehouse_may_not_export_customers() {
        data.customer().name("Budi Santoso").phone("081311112222").create();

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> {
            try {
                customers.export(CustomerFilter.ALL, ExportFormat.CSV.open(new ByteArrayOutputStream(), "x"),
                        ProgressListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_exported_file_imports_back_unchanged() throws IOException {
        Customer budi = data.customer().name("Budi Santoso").phone("081311112222").create();
        String file = export(CustomerFilter.ALL);

        ImportSummary summary = importCsv(file, MatchMode.UPDATE_EXISTING);

        assertThat(summary).isEqualTo(new ImportSummary(0, 1, 0, 0, List.of()));
        Customer after = asAdmin(() -> customers.get(budi.getId()));
        assertThat(after.getAddress()).isEqualTo(budi.getAddress());
        assertThat(after.getName()).isEqualTo(budi.getName());
        assertThat(after.getEmail()).isEqualTo(budi.getEmail());
    }

    private Address address(String phone) {
        return asAdmin(() -> customers.findByPhone(phone)).orElseThrow().getAddress();
    }

    private ImportPipeline<CustomerImport> pipeline() {
        return new ImportPipeline<>(new CustomerImportTarget(customers), ImportLimits.DEFAULT);
    }

    private ImportSummary importCsv(String csv, MatchMode mode) {
        return asAdmin(() -> pipeline().apply(pipeline().preview(utf8(csv)), mode, ProgressListener.NONE));
    }

    private String outcome(ImportRow<?> row) {
        RowProblem problem = row.problem();
        if (problem == null) {
            return row.exists() ? "exists" : "ok";
        }
        return translations.getTranslation(problem.messageKey(), Translations.INDONESIAN, problem.argsArray());
    }

    private String export(CustomerFilter filter) {
        return as("cs", "CS", () -> {
            var out = new ByteArrayOutputStream();
            try (TableWriter writer = ExportFormat.CSV.open(out, "Pelanggan")) {
                customers.export(filter, writer, ProgressListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    private static ByteArrayInputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
