package id.orderan.order;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

    @EntityGraph(attributePaths = "lines")
    Optional<SalesOrder> findByOrderNumber(String orderNumber);

    @EntityGraph(attributePaths = "lines")
    java.util.List<SalesOrder> findByOrderNumberIn(java.util.Collection<String> orderNumbers);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update SalesOrder o set o.printedAt = :at where o.orderNumber in :orderNumbers")
    int markPrinted(java.util.Collection<String> orderNumbers, java.time.Instant at);

    /** id and status of each order, nothing else (recording a print of up to 500 orders). */
    @Query("select o.id, o.status from SalesOrder o where o.orderNumber in :orderNumbers")
    java.util.List<Object[]> idsAndStatuses(java.util.Collection<String> orderNumbers);

    /**
     * The order row, locked for the rest of the transaction. Every change starts here: inserting an
     * audit row takes a shared lock on the order (its foreign key), and two transactions upgrading
     * shared locks to write the order would deadlock; taking the write lock first just queues them.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SalesOrder o where o.id = :id")
    Optional<SalesOrder> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from SalesOrder o where o.orderNumber = :orderNumber")
    Optional<SalesOrder> lockByOrderNumber(String orderNumber);

    /** A customer's orders, newest first (ix_sales_order_customer_created). */
    @Query("select new id.orderan.order.CustomerOrderRow(o.orderNumber, o.status, o.createdAt, o.grandTotal)"
            + " from SalesOrder o where o.customer.id = :customerId order by o.createdAt desc, o.id desc")
    java.util.List<CustomerOrderRow> customerOrders(long customerId, org.springframework.data.domain.Pageable page);

    /** count, value of the orders not in {@code excluded}, last order time: one row. */
    @Query("select count(o), coalesce(sum(case when o.status not in :excluded then o.grandTotal else 0 end), 0),"
            + " max(o.createdAt) from SalesOrder o where o.customer.id = :customerId")
    java.util.List<Object[]> customerSummary(long customerId, java.util.Collection<OrderStatus> excluded);
}
