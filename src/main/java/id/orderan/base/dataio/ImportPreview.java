package id.orderan.base.dataio;

import java.util.List;

/** What an import would do, before anything is written: every row, valid or with its problem. */
public record ImportPreview<T>(List<ImportRow<T>> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long validCount() {
        return rows.stream().filter(ImportRow::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }

    /** Valid rows whose key exists already: updated or skipped, as the user chooses. */
    public long existingCount() {
        return rows.stream().filter(row -> row.valid() && row.exists()).count();
    }

    public List<RowProblem> problems() {
        return rows.stream().filter(row -> row.problem() != null).map(ImportRow::problem).toList();
    }
}
