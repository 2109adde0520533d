package id.orderan.order;

/**
 * Where the previous page ended: its last row's sort value and id. The next page starts right
 * after it (keyset paging), so scrolling deep into a list costs the same as the first page.
 */
public record OrderCursor(OrderSort sort, Object sortValue, long id) {}
