package id.orderan.base.dataio;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a feature implements to be imported from CSV (products by SKU, customers by WhatsApp
 * number…). The pipeline calls these on a background thread as the signed-in user, so the
 * feature's service checks roles as for any other call. Only {@link #write} may change data.
 *
 * @param <T> one parsed, validated row (usually the feature's create/update command record)
 * @see ImportPipeline
 */
public interface ImportTarget<T> {

    /** Header names the file must have (matched case-insensitively); other columns are optional. */
    List<String> requiredColumns();

    /**
     * One row to a command, checking everything that can be checked without the database (formats,
     * ranges, required values). Throws {@link id.orderan.base.BusinessException}: its key and
     * arguments become the row's translated reason in the preview. Must not write anything.
     */
    T parse(CsvRecord record);

    /** The match key as stored (normalised SKU, {@code 62…} number): rows with equal keys are the same record. */
    String key(T row);

    /** Which of these keys exist already: one read-only query for many keys. */
    Set<String> existingKeys(Collection<String> keys);

    /**
     * Checks that one row alone cannot answer, made in the preview after {@link #existingKeys}: a
     * value that must be unique appearing twice in the file, or already belonging to another record
     * (a barcode, say). Read-only, a few queries for all rows. Gets the valid rows (with
     * {@link ImportRow#exists()} known) and returns a problem for each row it refuses, by line.
     */
    default List<RowProblem> check(List<ImportRow<T>> validRows) {
        return List.of();
    }

    /**
     * Writes one batch in one transaction of the feature's service: creates {@code created}, updates
     * the existing records with {@code updated} (empty when the user chose to skip existing ones). A
     * {@link id.orderan.base.BusinessException} or data-access failure rolls the batch back; the
     * pipeline then retries its rows one by one to find which ones fail.
     */
    void write(List<T> created, List<T> updated);
}
