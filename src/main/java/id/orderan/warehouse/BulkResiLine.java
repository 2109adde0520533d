package id.orderan.warehouse;

/**
 * One pasted or uploaded line of a bulk resi list, as written (trimmed; empty where the column is
 * missing): nothing is checked yet.
 *
 * @param row where the user finds it: the line of the pasted text or file, or the spreadsheet row
 */
public record BulkResiLine(int row, String order, String courier, String resi, String service, String ongkir) {}
