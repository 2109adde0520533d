package id.orderan.warehouse;

/**
 * One item scan at the packing table.
 *
 * @param code   what the scanner typed: the product's barcode or its SKU, any case
 * @param scanId chosen by the station once per scan (a UUID): a retried request with the same id is not
 *               counted again
 */
public record ScanCommand(String orderNumber, String code, String scanId) {}
