package id.orderan.catalog;

/** The Produk list's sort; each field has an index (see changeset catalog-002). */
public record ProductSort(Field field, boolean descending) {

    public enum Field {
        NAME("p.name"), SKU("p.sku"), PRICE("p.price"), STOCK("p.stock");

        final String column;

        Field(String column) {
            this.column = column;
        }
    }

    public static ProductSort byName() {
        return new ProductSort(Field.NAME, false);
    }
}
