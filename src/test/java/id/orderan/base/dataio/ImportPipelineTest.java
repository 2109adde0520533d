package id.orderan.base.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.base.BusinessException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pipeline against a small in-memory "product list" keyed by SKU. */
class ImportPipelineTest {

    record Item(String sku, String name, long price) {}

    /** Stores items in a map; refuses the name "GAGAL" when writing, like a database constraint would. */
    static class InMemoryItems implements ImportTarget<Item> {
        final Map<String, Item> stored = new LinkedHashMap<>();
        final List<Integer> batchSizes = new ArrayList<>();
        int writes;

        @Override
        public List<String> requiredColumns() {
            return List.of("SKU", "Nama", "Harga");
        }

        @Override
        public Item parse(CsvRecord record) {
            String sku = record.get("SKU").toUpperCase(Locale.ROOT);
            if (!sku.matches("[A-Z0-9-]+")) {
                throw new BusinessException("error.product.sku-invalid", record.get("SKU"));
            }
            long price;
            try {
                price = Long.parseLong(record.get("Harga"));
            } catch (NumberFormatException e) {
                throw new BusinessException("error.product.price-invalid", record.get("Harga"));
            }
            if (price < 0) {
                throw new BusinessException("error.product.price-negative");
            }
            return new Item(sku, record.get("Nama"), price);
        }

        @Override
        public String key(Item row) {
            return row.sku();
        }

        @Override
        public Set<String> existingKeys(Collection<String> keys) {
            return keys.stream().filter(stored::containsKey).collect(Collectors.toSet());
        }

        @Override
        public void write(List<Item> created, List<Item> updated) {
            writes++;
            batchSizes.add(created.size() + updated.size());
            if (created.stream().anyMatch(i -> i.name().equals("GAGAL"))) {
                throw new BusinessException("error.product.name-refused"); // the whole batch rolls back
            }
            for (Item item : created) {
                stored.put(item.sku(), item);
            }
            for (Item item : updated) {
                stored.put(item.sku(), item);
            }
        }
    }

    private final InMemoryItems target = new InMemoryItems();
    private final ImportPipeline<Item> pipeline = new ImportPipeline<>(target, ImportLimits.DEFAULT);

    @Test
    void the_preview_reports_each_broken_row_with_its_line_and_writes_nothing() {
        target.stored.put("KOPI-1", new Item("KOPI-1", "Kopi lama", 1));

        ImportPreview<Item> preview = pipeline.preview(csv("""
                SKU;Nama;Harga
                kopi-1;Kopi Gayo;85000
                TEH 1;Teh Melati;12500
                GULA-1;Gula Aren;mahal
                MADU-1;Madu;-5
                KOPI-1;Kopi lagi;90000
                SAMBAL-1;Sambal;25000;ekstra
                GARAM-1;Garam;3000
                """));

        assertThat(target.writes).isZero();
        assertThat(preview.rows()).hasSize(7);
        assertThat(preview.validCount()).isEqualTo(2);
        assertThat(preview.existingCount()).isEqualTo(1);
        assertThat(preview.problems()).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "error.product.sku-invalid"),
                org.assertj.core.groups.Tuple.tuple(4L, "error.product.price-invalid"),
                org.assertj.core.groups.Tuple.tuple(5L, "error.product.price-negative"),
                org.assertj.core.groups.Tuple.tuple(6L, "error.import.duplicate-key"),
                org.assertj.core.groups.Tuple.tuple(7L, "error.import.extra-values"));
        assertThat(preview.problems().get(3).args()).containsExactly("KOPI-1", 2L);
        assertThat(preview.rows().getFirst().exists()).isTrue();
        assertThat(preview.rows().get(6).exists()).isFalse();
    }

    @Test
    void the_targets_cross_row_check_refuses_rows_in_the_preview_and_they_are_never_written() {
        target.stored.put("KOPI-1", new Item("KOPI-1", "Kopi lama", 1));
        List<List<ImportRow<Item>>> checked = new ArrayList<>();
        var sameNameOnce = new InMemoryItems() {
            @Override
            public List<RowProblem> check(List<ImportRow<Item>> validRows) {
                checked.add(validRows);
                Map<String, Long> seen = new java.util.HashMap<>();
                List<RowProblem> problems = new ArrayList<>();
                for (ImportRow<Item> row : validRows) {
                    Long first = seen.putIfAbsent(row.value().name(), row.line());
                    if (first != null) {
                        problems.add(new RowProblem(row.line(), "error.test.same-name", List.of(first)));
                    }
                }
                return problems;
            }
        };
        sameNameOnce.stored.putAll(target.stored);
        var checking = new ImportPipeline<>(sameNameOnce, ImportLimits.DEFAULT);

        ImportPreview<Item> preview = checking.preview(csv(
                "SKU;Nama;Harga\nKOPI-1;Kopi;1\nTEH 1;Teh;1\nTEH-2;Kopi;2\nGULA-1;Gula;3\n"));

        assertThat(checked).singleElement().satisfies(rows -> assertThat(rows).extracting(ImportRow::line,
                ImportRow::exists).containsExactly(org.assertj.core.groups.Tuple.tuple(2L, true),
                        org.assertj.core.groups.Tuple.tuple(4L, false), org.assertj.core.groups.Tuple.tuple(5L, false)));
        assertThat(preview.problems()).extracting(RowProblem::line, RowProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "error.product.sku-invalid"),
                org.assertj.core.groups.Tuple.tuple(4L, "error.test.same-name"));
        assertThat(preview.validCount()).isEqualTo(2);

        ImportSummary summary = checking.apply(preview, MatchMode.UPDATE_EXISTING, ProgressListener.NONE);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(sameNameOnce.stored).containsOnlyKeys("KOPI-1", "GULA-1");
    }

    @Test
    void update_existing_overwrites_matching_keys_and_creates_the_rest() {
        target.stored.put("KOPI-1", new Item("KOPI-1", "Kopi lama", 1));
        ImportPreview<Item> preview = pipeline.preview(csv("SKU,Nama,Harga\nKOPI-1,Kopi Gayo,85000\nTEH-1,Teh,12500\n"));

        ImportSummary summary = pipeline.apply(preview, MatchMode.UPDATE_EXISTING, ProgressListener.NONE);

        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, 0, List.of()));
        assertThat(target.stored.get("KOPI-1").name()).isEqualTo("Kopi Gayo");
        assertThat(target.stored).containsKey("TEH-1");
    }

    @Test
    void skip_existing_leaves_matching_keys_untouched() {
        target.stored.put("KOPI-1", new Item("KOPI-1", "Kopi lama", 1));
        ImportPreview<Item> preview = pipeline.preview(csv("SKU,Nama,Harga\nKOPI-1,Kopi Gayo,85000\nTEH-1,Teh,12500\n"));

        ImportSummary summary = pipeline.apply(preview, MatchMode.SKIP_EXISTING, ProgressListener.NONE);

        assertThat(summary).isEqualTo(new ImportSummary(1, 0, 1, 0, List.of()));
        assertThat(target.stored.get("KOPI-1").name()).isEqualTo("Kopi lama");
    }

    @Test
    void a_key_created_by_someone_else_after_the_preview_is_matched_when_applying() {
        ImportPreview<Item> preview = pipeline.preview(csv("SKU,Nama,Harga\nKOPI-1,Kopi Gayo,85000\n"));
        target.stored.put("KOPI-1", new Item("KOPI-1", "Dibuat orang lain", 1));

        ImportSummary summary = pipeline.apply(preview, MatchMode.SKIP_EXISTING, ProgressListener.NONE);

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(target.stored.get("KOPI-1").name()).isEqualTo("Dibuat orang lain");
    }

    @Test
    void large_files_are_written_in_batches_with_progress_and_one_bad_row_costs_only_itself() {
        StringBuilder file = new StringBuilder("SKU;Nama;Harga\n");
        IntStream.rangeClosed(1, 450).forEach(i -> file.append("P-").append(i).append(';')
                .append(i == 250 ? "GAGAL" : "Produk " + i).append(";1000\n"));
        ImportPreview<Item> preview = pipeline.preview(csv(file.toString()));
        List<long[]> progress = new ArrayList<>();

        ImportSummary summary = pipeline.apply(preview, MatchMode.UPDATE_EXISTING,
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(summary.created()).isEqualTo(449);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.problems()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(251L, "error.product.name-refused"));
        assertThat(target.stored).hasSize(449).doesNotContainKey("P-250");
        assertThat(progress).extracting(p -> p[0]).containsExactly(0L, 200L, 400L, 450L);
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(450L));
        // batches of 200; the failing second batch is retried row by row
        assertThat(target.batchSizes.subList(0, 2)).containsExactly(200, 200);
        assertThat(new HashSet<>(target.batchSizes.subList(2, 202))).containsExactly(1);
        assertThat(target.batchSizes.getLast()).isEqualTo(50);
    }

    @Test
    void rows_refused_in_the_preview_count_as_failed_in_the_summary() {
        ImportPreview<Item> preview = pipeline.preview(csv("SKU;Nama;Harga\nA-1;Satu;1\nB 2;Dua;2\n"));

        ImportSummary summary = pipeline.apply(preview, MatchMode.UPDATE_EXISTING, ProgressListener.NONE);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.problems().getFirst().line()).isEqualTo(3);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
