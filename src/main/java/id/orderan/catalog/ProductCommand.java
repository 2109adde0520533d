package id.orderan.catalog;

/** A new product as staff enter it. */
public record ProductCommand(String sku, String name, long price, int weightGrams, int stock) {}
