package id.orderan.order;

/** The sort orders List Order offers; each is backed by an index. Default: newest first. */
public record OrderSort(Field field, boolean ascending) {

    public enum Field {
        ORDER_NUMBER,
        CREATED_AT,
        GRAND_TOTAL
    }

    public static OrderSort newestFirst() {
        return new OrderSort(Field.CREATED_AT, false);
    }
}
