package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.document.Picklist;
import id.orderan.document.WarehouseDocuments;
import id.orderan.order.OrderQueryService;
import id.orderan.order.OrderSheet;
import id.orderan.security.Permissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The picklist of chosen orders for the screen: the same {@link Picklist#of} the PDF prints, from the
 * orders as the caller may read them (no money for GUDANG), in two queries for any number of orders.
 *
 * @see <a href="../../../../../../docs/decisions/0172-picklist-by-sku-in-rack-order.md">0172</a>
 */
@Service
public class PicklistService {

    private final OrderQueryService orders;
    private final ProductService products;

    PicklistService(OrderQueryService orders, ProductService products) {
        this.orders = orders;
        this.products = products;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.STAFF)
    public Picklist picklist(List<String> orderNumbers) {
        if (orderNumbers.isEmpty() || orderNumbers.size() > WarehouseDocuments.MAX_ORDERS) {
            throw new BusinessException("error.document.bulk-size", WarehouseDocuments.MAX_ORDERS);
        }
        List<OrderSheet> sheets = orders.sheets(orderNumbers.stream().distinct().toList());
        List<Long> ids = sheets.stream().flatMap(o -> o.lines().stream()).map(OrderSheet.Line::productId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, ProductRow> byId = ids.isEmpty() ? Map.of() : products.findAllById(ids).stream()
                .collect(Collectors.toMap(ProductRow::id, Function.identity()));
        return Picklist.of(sheets, byId);
    }
}
