package id.orderan.base.dataio;

import java.io.IOException;

/**
 * What a feature implements to offer an export (List Order's current view, products, customers).
 * {@link #write} runs on a background thread as the signed-in user (the feature's service checks
 * roles and masks money as for any call) and must stream: read a chunk, write its rows, forget it.
 */
public interface ExportSource {

    /** The downloaded file's name without extension, e.g. {@code order-2026-11-30-0910}. */
    String fileName();

    /** The sheet name in XLSX. */
    String sheetName();

    /** Rows expected, for the progress bar (an estimate is fine); called on the UI thread. */
    long expectedRows();

    /** Writes the header and every row, reporting progress now and then. */
    void write(TableWriter writer, ProgressListener progress) throws IOException;
}
