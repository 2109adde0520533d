package id.orderan.base.dataio;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row of the preview: its line, the raw values (shown when it could not be read), and either the
 * parsed value with its key and whether that key exists already, or the problem that refuses it.
 */
public record ImportRow<T>(long line, List<String> raw, @Nullable T value, @Nullable String key, boolean exists,
        @Nullable RowProblem problem) {

    public ImportRow {
        raw = List.copyOf(raw);
    }

    public boolean valid() {
        return problem == null && value != null;
    }
}
