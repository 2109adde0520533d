package id.orderan.document;

/** A rendered PDF and the file name to offer it under (built from an order number: safe in a header). */
public record NamedPdf(String fileName, byte[] content) {}
