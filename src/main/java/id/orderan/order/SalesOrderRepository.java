package id.orderan.order;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SalesOrderRepository extends JpaRepository<SalesOrder, Long> {

    /*
     * The lines by a fetch join written out, not an @EntityGraph: Hibernate does not keep the SQL it
     * translated for a query with a graph, and translating it again on every call was a tenth of a node's
     * CPU under the staff load (decision 0216). Same SQL, same result.
     */
    @Query("select o from SalesOrder o left join fetch o.lines where o.orderNumber = :orderNumber")
    Optional<SalesOrder> findByOrderNumber(String orderNumber);

    /** Number, status and COD flag: the Aksi menu's read (uk_sales_order_number, no entity, no lines). */
    @Query("select new id.orderan.order.OrderHeading(o.orderNumber, o.status, o.cod) from SalesOrder o"
            + " where o.orderNumber = :orderNumber")
    Optional<OrderHeading> findHeading(String orderNumber);

    @Query("select count(o) > 0 from SalesOrder o where o.orderNumber = :orderNumber")
    boolean existsNumber(String orderNumber);

    @EntityGraph(attributePaths = "lines")
    Optional<SalesOrder> findByBuyerToken(String buyerToken);

    Optional<SalesOrder> findByPlacementKey(String placementKey);

    @Query("select o from SalesOrder o left join fetch o.lines where o.orderNumber in :orderNumbers")
    List<SalesOrder> findByOrderNumberIn(Collection<String> orderNumbers);

    @Modifying(flushAutomatically = true)
    @Query("update SalesOrder o set o.printedAt = :at where o.orderNumber in :orderNumbers")
    int markPrinted(Collection<String> orderNumbers, Instant at);

    /** id and status of each order, nothing else (recording a print of up to 500 orders). */
    @Query("select o.id, o.status from SalesOrder o where o.orderNumber in :orderNumbers")
    List<Object[]> idsAndStatuses(Collection<String> orderNumbers);

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
    List<CustomerOrderRow> customerOrders(long customerId, Pageable page);

    /** count, value of the orders not in {@code excluded}, last order time: one row. */
    @Query("select count(o), coalesce(sum(case when o.status not in :excluded then o.grandTotal else 0 end), 0),"
            + " max(o.createdAt) from SalesOrder o where o.customer.id = :customerId")
    List<Object[]> customerSummary(long customerId, Collection<OrderStatus> excluded);
}
