package id.orderan.base.dataio;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an uploaded CSV: the line in the file where it starts (1 = the header line; a
 * quoted value may span lines, so this is what a seller finds in a text editor), and its values by
 * header name. Header names are matched trimmed and case-insensitively.
 */
public record CsvRecord(long line, List<String> values, Map<String, Integer> columns, int headerWidth) {

    public CsvRecord {
        values = List.copyOf(values);
        columns = Map.copyOf(columns);
    }

    /** The trimmed value under a header, empty when the column is missing or the row is short. */
    public String get(String header) {
        Integer index = columns.get(normalise(header));
        if (index == null || index >= values.size()) {
            return "";
        }
        return values.get(index).trim();
    }

    /** More values than the header has columns: usually an unquoted delimiter inside a value. */
    public boolean hasExtraValues() {
        return values.size() > headerWidth;
    }

    public boolean has(String header) {
        return columns.containsKey(normalise(header));
    }

    /** The value, or null when blank. */
    public @Nullable String optional(String header) {
        String value = get(header);
        return value.isEmpty() ? null : value;
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
