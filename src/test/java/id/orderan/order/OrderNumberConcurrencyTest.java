package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderNumberConcurrencyTest extends IntegrationTest {

    private static final int THREADS = 8;
    private static final int ORDERS_PER_THREAD = 15;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eight_threads_creating_orders_at_once_never_get_the_same_number() throws Exception {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 1_000);
        var start = new CountDownLatch(1);
        List<Callable<List<String>>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(() -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                    numbers.add(data.order(budi, OrderSource.FORM, kopi, 1).getOrderNumber());
                }
                return numbers;
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = workers.stream().map(pool::submit).toList();
            start.countDown(); // release all threads together, including the first-of-month insert race
            List<String> all = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS)); // rethrows any failure
            }

            assertThat(all).hasSize(THREADS * ORDERS_PER_THREAD);
            assertThat(new HashSet<>(all)).hasSize(all.size());
            assertThat(all).allMatch(n -> n.matches("INV-\\d{4}-\\d{5}"));
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT order_number) FROM sales_order", Integer.class))
                    .isEqualTo(THREADS * ORDERS_PER_THREAD);
            assertThat(data.stock(kopi)).as("every order took its item").isEqualTo(1_000 - THREADS * ORDERS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }
}
