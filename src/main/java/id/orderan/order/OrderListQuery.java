package id.orderan.order;

import id.orderan.base.JakartaTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the List Order JPQL from a filter. Every condition maps onto an index of
 * {@code sales_order}; the snapshot columns make the list join-free.
 */
@Component
class OrderListQuery {

    private final EntityManager entityManager;

    OrderListQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    record Where(String clause, Map<String, Object> parameters) {}

    Where where(OrderFilter filter) {
        var conditions = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (!filter.statuses().isEmpty()) {
            conditions.add("o.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (!filter.categories().isEmpty()) {
            conditions.add("o.customerCategory in :categories");
            parameters.put("categories", filter.categories());
        }
        if (!filter.sources().isEmpty()) {
            conditions.add("o.source in :sources");
            parameters.put("sources", filter.sources());
        }
        if (filter.from() != null) {
            conditions.add("o.createdAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(JakartaTime.ZONE).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("o.createdAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(JakartaTime.ZONE).toInstant());
        }
        String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Where(clause, parameters);
    }

    List<Object[]> page(OrderFilter filter, OrderSort sort, int offset, int limit) {
        Where where = where(filter);
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select o.id, o.orderNumber, o.createdAt, o.grandTotal, o.status, o.source, o.customerName,"
                        + " o.customerCategory, o.customerPhone from SalesOrder o" + where.clause()
                        + orderBy(sort), Object[].class);
        where.parameters().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(OrderFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(o) from SalesOrder o" + where.clause(), Long.class);
        where.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Lines of a page of orders in one query, in line order, keyed by order id. */
    Map<Long, List<OrderRow.ProductQuantity>> products(List<Long> orderIds) {
        Map<Long, List<OrderRow.ProductQuantity>> byOrder = new LinkedHashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        entityManager.createQuery("select l.order.id, l.productName, l.quantity from OrderLine l"
                        + " where l.order.id in :ids order by l.order.id, l.lineNo", Object[].class)
                .setParameter("ids", orderIds)
                .getResultList()
                .forEach(r -> byOrder.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add(new OrderRow.ProductQuantity((String) r[1], (Integer) r[2])));
        return byOrder;
    }

    private static String orderBy(OrderSort sort) {
        String direction = sort.ascending() ? " asc" : " desc";
        String column = switch (sort.field()) {
            case ORDER_NUMBER -> "o.orderNumber";
            case CREATED_AT -> "o.createdAt";
            case GRAND_TOTAL -> "o.grandTotal";
        };
        // id breaks ties so pages never repeat or skip rows
        return " order by " + column + direction + ", o.id" + direction;
    }
}
