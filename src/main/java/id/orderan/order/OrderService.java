package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerService;
import id.orderan.security.AppRoles;
import id.orderan.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating and changing orders: the transaction, security and audit boundary of the order feature. */
@Service
public class OrderService {

    static final int MAX_LINES = 100;

    private final SalesOrderRepository orders;
    private final StatusChangeRepository statusChanges;
    private final StatusCounters counters;
    private final OrderNumberGenerator numbers;
    private final CustomerService customers;
    private final ProductService products;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OrderService(SalesOrderRepository orders, StatusChangeRepository statusChanges, StatusCounters counters,
            OrderNumberGenerator numbers,
            CustomerService customers, ProductService products, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.counters = counters;
        this.numbers = numbers;
        this.customers = customers;
        this.products = products;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Not one big transaction on purpose: the order number is drawn first in its own short
     * transaction, so a request never holds two pooled connections at once (a busy shop would
     * otherwise exhaust the pool), then the order is saved in a second one.
     */
    @PreAuthorize("hasAnyRole('" + AppRoles.ADMIN + "','" + AppRoles.CS + "')")
    public SalesOrder create(CreateOrderCommand command) {
        validate(command);
        String number = numbers.next();
        return Objects.requireNonNull(transaction.execute(status -> create(command, number)));
    }

    private SalesOrder create(CreateOrderCommand command, String number) {
        Customer customer = customers.get(command.customerId());
        Map<Long, Product> productsById = products.findAllById(
                        command.lines().stream().map(CreateOrderCommand.Line::productId).distinct().toList())
                .stream().collect(Collectors.toMap(Product::getId, Function.identity()));

        Instant now = clock.instant();
        var order = new SalesOrder(number, command.source(), customer, now);
        for (CreateOrderCommand.Line line : command.lines()) {
            Product product = productsById.get(line.productId());
            if (product == null) {
                throw new BusinessException("error.order.product-not-found", line.productId());
            }
            long unitPrice = line.unitPrice() != null ? line.unitPrice() : product.getPrice();
            order.addLine(product.getId(), product.getSku(), product.getName(), unitPrice, line.quantity());
        }
        order.price(command.discount(), command.shippingCost(), command.insurance(), command.otherFee(),
                command.uniqueCode());
        if (order.getGrandTotal() < 0) {
            throw new BusinessException("error.order.negative-total");
        }
        order.setNote(blankToNull(command.note()));
        SalesOrder saved = orders.save(order);

        String actor = currentUser.username().orElse("system");
        statusChanges.save(new StatusChange(saved.getId(), null, saved.getStatus(), actor, now, null));
        counters.increment(saved.getStatus());
        events.publishEvent(new OrderCreated(saved.getId(), saved.getOrderNumber(), saved.getStatus()));
        return saved;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StatusChange> history(long orderId) {
        return statusChanges.findByOrderIdOrderByChangedAtDescIdDesc(orderId);
    }

    private static void validate(CreateOrderCommand command) {
        if (command.lines().isEmpty()) {
            throw new BusinessException("error.order.no-lines");
        }
        if (command.lines().size() > MAX_LINES) {
            throw new BusinessException("error.order.too-many-lines", MAX_LINES);
        }
        for (CreateOrderCommand.Line line : command.lines()) {
            if (line.quantity() <= 0) {
                throw new BusinessException("error.order.quantity-invalid");
            }
            if (line.unitPrice() != null && line.unitPrice() < 0) {
                throw new BusinessException("error.order.price-invalid");
            }
        }
        if (command.discount() < 0 || command.shippingCost() < 0 || command.insurance() < 0
                || command.otherFee() < 0) {
            throw new BusinessException("error.order.amount-negative");
        }
        if (command.uniqueCode() < 0 || command.uniqueCode() > 999) {
            throw new BusinessException("error.order.unique-code-invalid");
        }
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
