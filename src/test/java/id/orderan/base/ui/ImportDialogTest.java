package id.orderan.base.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.DataIoUi.awaitStatus;
import static id.orderan.support.DataIoUi.confirmsImport;
import static id.orderan.support.DataIoUi.sendsFile;
import static id.orderan.support.DataIoUi.uploads;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.orderan.base.BusinessException;
import id.orderan.base.dataio.CsvRecord;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.dataio.ImportTarget;
import id.orderan.base.dataio.MatchMode;
import id.orderan.support.KaribuTest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The import dialog with a small in-test target: upload → preview with reasons → choice → progress → summary. */
class ImportDialogTest extends KaribuTest {

    /** Names by SKU; remembers who wrote, to prove the work ran as the signed-in user. */
    static final class Names implements ImportTarget<Map.Entry<String, String>> {
        final Map<String, String> stored = new ConcurrentHashMap<>(Map.of("KOPI-1", "Kopi lama"));
        volatile String writtenBy = "";

        @Override
        public List<String> requiredColumns() {
            return List.of("SKU", "Nama");
        }

        @Override
        public Map.Entry<String, String> parse(CsvRecord record) {
            if (record.get("Nama").isEmpty()) {
                throw new BusinessException("error.import.missing-columns", "Nama");
            }
            return Map.entry(record.get("SKU"), record.get("Nama"));
        }

        @Override
        public String key(Map.Entry<String, String> row) {
            return row.getKey();
        }

        @Override
        public Set<String> existingKeys(Collection<String> keys) {
            return keys.stream().filter(stored::containsKey).collect(Collectors.toSet());
        }

        @Override
        public void write(List<Map.Entry<String, String>> created, List<Map.Entry<String, String>> updated) {
            writtenBy = SecurityContextHolder.getContext().getAuthentication().getName();
            created.forEach(e -> stored.put(e.getKey(), e.getValue()));
            updated.forEach(e -> stored.put(e.getKey(), e.getValue()));
        }
    }

    @Test
    void preview_shows_reasons_by_line_nothing_is_written_until_confirmed_then_a_summary() throws Exception {
        login("admin", "ADMIN");
        var target = new Names();
        var dialog = new ImportDialog<>("Impor Produk", "SKU, Nama", target, ImportLimits.DEFAULT, () -> { });
        dialog.open();

        uploads(dialog, "produk.csv", "SKU;Nama\nKOPI-1;Kopi Gayo\nTEH-1;\nGULA-1;Gula Aren\n");

        Grid<?> preview = _get(dialog, Grid.class);
        assertThat(_size(preview)).isEqualTo(3);
        assertThat(_getFormatted(preview, 0, "outcome")).isEqualTo("Sudah ada");
        assertThat(_getFormatted(preview, 1, "line")).isEqualTo("3");
        assertThat(_getFormatted(preview, 1, "outcome")).isEqualTo("Kolom wajib tidak ada di baris judul: Nama.");
        assertThat(_getFormatted(preview, 2, "outcome")).isEqualTo("Baru, akan dibuat");
        assertThat(awaitStatus(dialog, "baris dibaca")).startsWith("3 baris dibaca: 2 siap diimpor, 1 bermasalah");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MatchMode> mode = _get(dialog, RadioButtonGroup.class, spec -> spec.withId("import-mode"));
        assertThat(mode.isVisible()).isTrue();
        assertThat(target.stored).containsOnlyKeys("KOPI-1");

        userSets(mode, MatchMode.UPDATE_EXISTING);
        assertThat(confirmsImport(dialog)).isEqualTo("Selesai: 1 dibuat, 1 diperbarui, 0 dilewati, 1 gagal.");

        assertThat(target.stored).containsEntry("KOPI-1", "Kopi Gayo").containsEntry("GULA-1", "Gula Aren");
        assertThat(target.writtenBy).as("runs as the signed-in user").isEqualTo("admin");
        assertThat(confirmButton(dialog).isEnabled()).isFalse();
    }

    @Test
    void a_file_without_a_required_column_is_refused_as_a_whole() throws Exception {
        login("admin", "ADMIN");
        var target = new Names();
        var dialog = new ImportDialog<>("Impor Produk", "SKU, Nama", target, ImportLimits.DEFAULT, () -> { });
        dialog.open();

        sendsFile(dialog, "produk.csv", "Kode;Nama\nA;B\n");

        assertThat(awaitStatus(dialog, "Kolom wajib")).isEqualTo("Kolom wajib tidak ada di baris judul: SKU.");
        assertThat(confirmButton(dialog).isEnabled()).isFalse();
        assertThat(_find(dialog, Grid.class)).as("no preview: Karibu finds visible grids only").isEmpty();
    }

    private static Button confirmButton(ImportDialog<?> dialog) {
        return _get(dialog, Button.class, spec -> spec.withId("import-confirm"));
    }
}
