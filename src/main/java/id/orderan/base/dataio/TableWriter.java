package id.orderan.base.dataio;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table written one row at a time, never held whole in memory. Cells are {@code null} (empty),
 * {@link Number} (a numeric cell: money as {@code long} rupiah, quantities), {@link LocalDateTime}
 * (a date-time cell, already in the seller's zone) or anything else, written as text after
 * {@link FormulaGuard#neutralise}. {@link #close()} finishes the file but leaves the target stream
 * open for its owner.
 */
public interface TableWriter extends AutoCloseable {

    void header(List<String> titles) throws IOException;

    void row(List<? extends @Nullable Object> cells) throws IOException;

    @Override
    void close() throws IOException;
}
