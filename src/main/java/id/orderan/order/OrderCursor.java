package id.orderan.order;

/**
 * Where the previous page ended: its last row's sort value and id. The next page starts right
 * after it (keyset paging), so scrolling deep into a list costs the same as the first page.
 *
 * @see <a href="../../../../../../docs/decisions/0115-keyset-paging-and-status-counters.md">0115 keyset paging</a>
 */
public record OrderCursor(OrderSort sort, Object sortValue, long id) {}
