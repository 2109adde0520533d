package id.orderan.base.dataio;

/**
 * Caps applied on the server to every import, whatever the browser was told: the upload is read
 * only up to {@code maxBytes}, and a file with more than {@code maxRows} data rows is refused as a
 * whole before anything is validated.
 */
public record ImportLimits(long maxBytes, int maxRows) {

    /** 5 MB and 20,000 rows: twice the 10,000 customers a seller moves from another tool. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 20_000);
}
