package id.orderan.order;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of List Order and the cursor to continue after it (null when it was the last page). */
public record OrderPage(List<OrderRow> rows, @Nullable OrderCursor next) {}
