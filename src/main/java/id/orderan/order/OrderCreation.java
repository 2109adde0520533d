package id.orderan.order;

import id.orderan.base.BusinessException;
import id.orderan.catalog.ProductRow;
import id.orderan.catalog.ProductService;
import id.orderan.customer.Customer;
import id.orderan.customer.CustomerService;
import id.orderan.customer.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The second of the two transactions that create an order: the order with its lines, prices and stock,
 * under a number {@link OrderNumberGenerator} drew before. Also the command checks shared with edits.
 * Package-private: {@link OrderService} is the transaction and security boundary that calls it.
 *
 * @see <a href="../../../../../../docs/decisions/0117-creating-an-order-in-two-transactions.md">0117 two transactions</a>
 */
@Component
class OrderCreation {

    static final int MAX_LINES = 100;
    static final int MAX_UNIQUE_CODE = 999;

    private final SalesOrderRepository orders;
    private final CustomerService customers;
    private final ProductService products;
    private final OrderMoves moves;
    private final Clock clock;

    OrderCreation(SalesOrderRepository orders, CustomerService customers, ProductService products, OrderMoves moves,
            Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.moves = moves;
        this.clock = clock;
    }

    SalesOrder create(CreateOrderCommand command, String number, @Nullable ShippingDetails shipTo) {
        return create(customers.get(command.customerId()), command, number, shipTo, order -> {});
    }

    /**
     * For a customer the caller already holds (the buyer's own record, found or made by their number);
     * {@code prepare} sets what else the order carries before its one INSERT.
     */
    SalesOrder create(Customer customer, CreateOrderCommand command, String number, @Nullable ShippingDetails shipTo,
            Consumer<SalesOrder> prepare) {
        Instant now = clock.instant();
        var order = new SalesOrder(number, command.source(), customer, now);
        if (shipTo != null) {
            order.shipTo(shipTo.recipientName().isEmpty() ? customer.getName() : shipTo.recipientName(),
                    shipTo.recipientPhone() == null ? customer.getPhone() : shipTo.recipientPhone(), shipTo.address());
        }
        fill(order, command);
        prepare.accept(order);
        // stock first: its row lock comes before the shared locks the order lines' foreign keys take
        products.reserve(number, quantities(order));
        SalesOrder saved = orders.save(order);
        moves.created(saved, now);
        return saved;
    }

    private void fill(SalesOrder order, CreateOrderCommand command) {
        // callers hold a MONEY role (create, update), so the rows carry their price
        Map<Long, ProductRow> productsById = productsOf(command);
        for (CreateOrderCommand.Line line : command.lines()) {
            ProductRow product = productsById.get(line.productId());
            if (product == null) {
                throw new BusinessException("error.order.product-not-found", line.productId());
            }
            long unitPrice = line.unitPrice() != null ? line.unitPrice() : Objects.requireNonNull(product.price());
            order.addLine(product.id(), product.sku(), product.name(), unitPrice, line.quantity());
        }
        order.price(command.discount(), command.shippingCost(), command.insurance(), command.otherFee(),
                command.uniqueCode());
        if (order.getGrandTotal() < 0) {
            throw new BusinessException("error.order.negative-total");
        }
        order.setNote(blankToNull(command.note()));
        order.shipVia(blankToNull(command.courier()), blankToNull(command.courierService()));
        order.cashOnDelivery(command.cod());
        order.sendAs(blankToNull(command.senderName()),
                command.senderPhone() == null ? null : PhoneNumber.normalize(command.senderPhone()).orElse(null));
    }

    /** The command's products by id, in one read. */
    Map<Long, ProductRow> productsOf(CreateOrderCommand command) {
        return products.findAllById(command.lines().stream().map(CreateOrderCommand.Line::productId).distinct().toList())
                .stream().collect(Collectors.toMap(ProductRow::id, Function.identity()));
    }

    /** Quantity per product of the order's lines (lines of deleted products carry none). */
    static Map<Long, Integer> quantities(SalesOrder order) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (OrderLine line : order.getLines()) {
            if (line.getProductId() != null) {
                quantities.merge(line.getProductId(), line.getQuantity(), Integer::sum);
            }
        }
        return quantities;
    }

    static void validate(CreateOrderCommand command) {
        List<CreateOrderCommand.Line> lines = command.lines();
        if (lines.isEmpty()) {
            throw new BusinessException("error.order.no-lines");
        }
        if (lines.size() > MAX_LINES) {
            throw new BusinessException("error.order.too-many-lines", MAX_LINES);
        }
        for (CreateOrderCommand.Line line : lines) {
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
        if (command.uniqueCode() < 0 || command.uniqueCode() > MAX_UNIQUE_CODE) {
            throw new BusinessException("error.order.unique-code-invalid");
        }
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
