package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.customer.CustomerCategory;
import id.orderan.security.CurrentUser;
import id.orderan.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of List Order: a page of lean rows in two queries (orders, then their lines), and counts.
 * Money is left out for the warehouse role here, not in the view, so every caller gets the same.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrderQueryService {

    public static final int MAX_PAGE_SIZE = 500;

    private final OrderListQuery listQuery;
    private final SalesOrderRepository orders;
    private final CurrentUser currentUser;

    OrderQueryService(OrderListQuery listQuery, SalesOrderRepository orders, CurrentUser currentUser) {
        this.listQuery = listQuery;
        this.orders = orders;
        this.currentUser = currentUser;
    }

    public List<OrderRow> page(OrderFilter filter, OrderSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        List<Object[]> rows = listQuery.page(filter, sort, offset, Math.min(limit, MAX_PAGE_SIZE));
        Map<Long, List<OrderRow.ProductQuantity>> products =
                listQuery.products(rows.stream().map(r -> (Long) r[0]).toList());
        boolean showMoney = maySeeMoney();
        return rows.stream().map(r -> new OrderRow(
                        (Long) r[0],
                        (String) r[1],
                        (Instant) r[2],
                        showMoney ? (Long) r[3] : null,
                        (OrderStatus) r[4],
                        (OrderSource) r[5],
                        (String) r[6],
                        (CustomerCategory) r[7],
                        (String) r[8],
                        products.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    public long count(OrderFilter filter) {
        return listQuery.count(filter);
    }

    public SalesOrder getByNumber(String orderNumber) {
        return orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> new BusinessException("error.order.not-found", orderNumber));
    }

    private boolean maySeeMoney() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.CS);
    }
}
