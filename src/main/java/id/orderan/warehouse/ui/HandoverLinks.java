package id.orderan.warehouse.ui;

/** The manifest PDF's address (a GET that only renders; {@link HandoverPdfController}). */
final class HandoverLinks {

    private HandoverLinks() {}

    /** Manifest numbers are capitals, digits and dashes: safe in a path as they are. */
    static String manifestPdf(String number) {
        return "documents/manifest/" + number + ".pdf";
    }
}
