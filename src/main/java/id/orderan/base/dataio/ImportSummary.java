package id.orderan.base.dataio;

import java.util.List;

/**
 * The outcome of an applied import. {@code skipped}: existing records left alone by choice;
 * {@code failed}: rows refused in the preview plus rows whose write failed, each in {@code problems}
 * with its line.
 */
public record ImportSummary(int created, int updated, int skipped, int failed, List<RowProblem> problems) {

    public ImportSummary {
        problems = List.copyOf(problems);
    }
}
