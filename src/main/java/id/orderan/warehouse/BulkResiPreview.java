package id.orderan.warehouse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A checked bulk resi list: every row with its status, in the order of the file. {@code lines} are kept
 * so that applying checks them again (things change between the preview and the click).
 *
 * @param money whether the reader may see money (ADMIN, CS): the ongkir columns are filled for them only
 */
public record BulkResiPreview(List<BulkResiLine> lines, List<BulkResiRow> rows, boolean money) {

    public BulkResiPreview {
        lines = List.copyOf(lines);
        rows = List.copyOf(rows);
    }

    public Map<BulkResiStatus, Integer> counts() {
        Map<BulkResiStatus, Integer> counts = new EnumMap<>(BulkResiStatus.class);
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    /** The rows that will be applied. */
    public int applicable() {
        return counts().getOrDefault(BulkResiStatus.OK, 0);
    }

    public List<BulkResiRow> refused() {
        return rows.stream().filter(row -> row.status().refused()).toList();
    }
}
