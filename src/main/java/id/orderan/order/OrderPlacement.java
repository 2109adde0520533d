package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.customer.AreaService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders the buyer places on a storefront page: the same two transactions as a staff order (decision
 * 0117) and the same creation (prices, stock, timeline, live List Order), plus the placement key that
 * makes a double tap, a refresh or a retry one order (decision 0134). Package-private behind
 * {@link OrderService}, which checks the role.
 */
@Component
class OrderPlacement {

    static final int MAX_NAME = 120;
    static final int MAX_KEY = 64;
    /** The number drawn first is kept across attempts: a rolled-back attempt used nothing else. */
    private static final int MAX_ATTEMPTS = 3;

    private final SalesOrderRepository orders;
    private final OrderNumberGenerator numbers;
    private final OrderCreation creation;
    private final CustomerService customers;
    private final AreaService areas;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    OrderPlacement(SalesOrderRepository orders, OrderNumberGenerator numbers, OrderCreation creation,
            CustomerService customers, AreaService areas, PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.numbers = numbers;
        this.creation = creation;
        this.customers = customers;
        this.areas = areas;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    PlacedOrder place(BuyerPlacement placement) {
        validate(placement);
        Optional<PlacedOrder> earlier = placedWithKey(placement.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String phone = PhoneNumber.normalize(placement.phone()).orElseThrow();
        var shipTo = new ShippingDetails(placement.name().strip(), phone, areas.resolve(placement.address().trimmed()));
        String number = numbers.next();
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(transaction.execute(status -> insert(placement, phone, shipTo, number)));
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // the same key placed at the same moment by another request (a double tap) won; or two
                // new buyers' search words met in one index gap (a deadlock, rolled back): look, then retry
                Optional<PlacedOrder> winner = placedWithKey(placement.key());
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private PlacedOrder insert(BuyerPlacement placement, String phone, ShippingDetails shipTo, String number) {
        Customer buyer = customers.forBuyer(placement.name().strip(), phone, placement.email(), shipTo.address());
        SalesOrder order = creation.create(buyer, placement.command(buyer.getId()), number, shipTo,
                created -> created.placedByBuyer(placement.key(), placement.reviewReason(),
                        placement.shippingToConfirm()));
        orders.flush();
        return PlacedOrder.of(order, true);
    }

    Optional<PlacedOrder> placedWithKey(String key) {
        return Objects.requireNonNull(readOnly.execute(status ->
                orders.findByPlacementKey(key).map(order -> PlacedOrder.of(order, false))));
    }

    private static void validate(BuyerPlacement placement) {
        if (placement.key().isBlank() || placement.key().length() > MAX_KEY) {
            throw new BusinessException("error.order.placement-key-invalid");
        }
        if (placement.source() == OrderSource.MANUAL) {
            throw new BusinessException("error.order.placement-source-invalid");
        }
        if (placement.name().isBlank()) {
            throw new BusinessException("error.customer.name-required");
        }
        if (placement.name().strip().length() > MAX_NAME) {
            throw new BusinessException("error.customer.name-too-long", MAX_NAME);
        }
        if (PhoneNumber.normalize(placement.phone()).isEmpty()) {
            throw new BusinessException("error.customer.phone-invalid", placement.phone());
        }
        OrderCreation.validate(placement.command(0));
    }
}
