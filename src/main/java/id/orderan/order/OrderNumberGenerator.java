package id.orderan.order;

import id.orderan.base.JakartaTime;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order numbers like {@code INV-2611-00123}: the month in Jakarta time plus a per-month counter.
 *
 * <p>The counter row is bumped with {@code LAST_INSERT_ID(expr)}, which MariaDB evaluates under the
 * row lock, in its own short transaction: concurrent orders never get the same number, and the lock
 * is not held while the rest of the order is saved. A rolled-back order leaves a gap, which sellers
 * accept far more easily than a blocked checkout.
 *
 * @see <a href="../../../../../../docs/decisions/0117-creating-an-order-in-two-transactions.md">0117 two transactions</a>
 */
@Component
class OrderNumberGenerator {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyMM").withZone(JakartaTime.ZONE);
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    OrderNumberGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    String next() {
        String period = PERIOD.format(clock.instant());
        for (int attempt = 1; ; attempt++) {
            try {
                Long value = newTransaction.execute(status -> {
                    jdbc.update("INSERT INTO order_number_counter (period, last_value) VALUES (?, LAST_INSERT_ID(1)) "
                            + "ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)", period);
                    return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
                });
                return format(period, value == null ? 0 : value);
            } catch (PessimisticLockingFailureException e) {
                // two first orders of a new month can deadlock on the insert; the retry finds the row
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    static String format(String period, long value) {
        return "INV-%s-%05d".formatted(period, value);
    }
}
