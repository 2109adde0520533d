package id.orderan.base.dataio;

import id.orderan.base.BusinessException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A CSV import in two steps the user sees: {@link #preview} parses and validates every row and
 * looks up which keys exist, writing nothing; {@link #apply}, after the user confirmed and chose
 * update or skip for existing keys, writes the valid rows in batches of {@value #BATCH} (one
 * transaction each, in the feature's service) with progress, and returns what happened.
 *
 * <p>Existing keys are looked up again when applying: another user may have added one since the
 * preview. A batch that fails is retried row by row so one bad row does not cost its 199
 * neighbours, and its reason is reported with the line number.
 *
 * @see "docs/decisions/0050-data-import-and-export.md"
 */
public final class ImportPipeline<T> {

    public static final int BATCH = 200;

    private final ImportTarget<T> target;
    private final CsvImportReader reader;

    public ImportPipeline(ImportTarget<T> target, ImportLimits limits) {
        this.target = target;
        this.reader = new CsvImportReader(limits);
    }

    /** Reads, parses and validates; file-level problems (too large, no header…) throw BusinessException. */
    public ImportPreview<T> preview(InputStream csv) {
        List<CsvRecord> records = reader.read(csv, target.requiredColumns());
        List<ImportRow<T>> parsed = new ArrayList<>(records.size());
        Map<String, Long> firstLineOfKey = new HashMap<>();
        for (CsvRecord record : records) {
            parsed.add(parse(record, firstLineOfKey));
        }
        Set<String> existing = existing(parsed.stream().filter(ImportRow::valid).map(ImportRow::key).toList());
        List<ImportRow<T>> known = parsed.stream().map(row -> row.valid() && existing.contains(row.key())
                ? new ImportRow<>(row.line(), row.raw(), row.value(), row.key(), true, null) : row).toList();
        Map<Long, RowProblem> refused = new HashMap<>();
        for (RowProblem problem : target.check(known.stream().filter(ImportRow::valid).toList())) {
            refused.putIfAbsent(problem.line(), problem);
        }
        return new ImportPreview<>(refused.isEmpty() ? known : known.stream().map(row -> row.valid()
                && refused.containsKey(row.line())
                        ? new ImportRow<>(row.line(), row.raw(), row.value(), row.key(), false, refused.get(row.line()))
                        : row).toList());
    }

    private ImportRow<T> parse(CsvRecord record, Map<String, Long> firstLineOfKey) {
        if (record.hasExtraValues()) {
            return refused(record, new RowProblem(record.line(), "error.import.extra-values",
                    List.of(record.values().size(), record.headerWidth())));
        }
        T value;
        try {
            value = target.parse(record);
        } catch (BusinessException e) {
            return refused(record, new RowProblem(record.line(), e.messageKey(), Arrays.asList(e.args())));
        }
        String key = target.key(value);
        Long firstLine = firstLineOfKey.putIfAbsent(key, record.line());
        if (firstLine != null) {
            return refused(record, new RowProblem(record.line(), "error.import.duplicate-key",
                    List.of(key, firstLine)));
        }
        return new ImportRow<>(record.line(), record.values(), value, key, false, null);
    }

    private ImportRow<T> refused(CsvRecord record, RowProblem problem) {
        return new ImportRow<>(record.line(), record.values(), null, null, false, problem);
    }

    private Set<String> existing(List<String> keys) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 1_000) {
            existing.addAll(target.existingKeys(keys.subList(from, Math.min(keys.size(), from + 1_000))));
        }
        return existing;
    }

    /** Writes the preview's valid rows; rows refused in the preview count as failed. */
    public ImportSummary apply(ImportPreview<T> preview, MatchMode mode, ProgressListener progress) {
        List<ImportRow<T>> valid = preview.rows().stream().filter(ImportRow::valid).toList();
        List<RowProblem> problems = new ArrayList<>(preview.problems());
        int created = 0;
        int updated = 0;
        int skipped = 0;
        progress.progress(0, valid.size());
        for (int from = 0; from < valid.size(); from += BATCH) {
            List<ImportRow<T>> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
            Set<String> existing = new HashSet<>(target.existingKeys(batch.stream().map(ImportRow::key).toList()));
            List<ImportRow<T>> creates = new ArrayList<>();
            List<ImportRow<T>> updates = new ArrayList<>();
            for (ImportRow<T> row : batch) {
                if (!existing.contains(row.key())) {
                    creates.add(row);
                } else if (mode == MatchMode.UPDATE_EXISTING) {
                    updates.add(row);
                } else {
                    skipped++;
                }
            }
            if (tryWrite(creates, updates) == null) {
                created += creates.size();
                updated += updates.size();
            } else {
                for (ImportRow<T> row : creates) {
                    RowProblem problem = tryWrite(List.of(row), List.of());
                    if (problem == null) {
                        created++;
                    } else {
                        problems.add(problem);
                    }
                }
                for (ImportRow<T> row : updates) {
                    RowProblem problem = tryWrite(List.of(), List.of(row));
                    if (problem == null) {
                        updated++;
                    } else {
                        problems.add(problem);
                    }
                }
            }
            progress.progress(from + batch.size(), valid.size());
        }
        problems.sort(Comparator.comparingLong(RowProblem::line));
        return new ImportSummary(created, updated, skipped, problems.size(), problems);
    }

    /** Null when written, else the problem of its first row (exact when the batch is one row). */
    private @Nullable RowProblem tryWrite(List<ImportRow<T>> creates, List<ImportRow<T>> updates) {
        if (creates.isEmpty() && updates.isEmpty()) {
            return null;
        }
        try {
            target.write(creates.stream().map(ImportRow::value).toList(),
                    updates.stream().map(ImportRow::value).toList());
            return null;
        } catch (BusinessException e) {
            return new RowProblem(firstLine(creates, updates), e.messageKey(), Arrays.asList(e.args()));
        } catch (DataAccessException e) {
            return new RowProblem(firstLine(creates, updates), "error.import.write-failed", List.of());
        }
    }

    private long firstLine(List<ImportRow<T>> creates, List<ImportRow<T>> updates) {
        return creates.isEmpty() ? updates.getFirst().line() : creates.getFirst().line();
    }
}
