package id.orderan.order;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.support.IntegrationTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 13 (buyer page foundation): buyer tokens and what the buyer's read of an order holds. */
class BuyerOrdersTest extends IntegrationTest {

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_new_order_gets_its_own_url_safe_token_of_128_bits() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            String token = data.order(budi, OrderSource.MANUAL, kopi, 1).getBuyerToken();
            assertThat(token).matches("[A-Za-z0-9_-]{22}"); // 22 × 6 bits = 132 ≥ 128 (16 random bytes)
            tokens.add(token);
        }
        assertThat(tokens).hasSize(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT buyer_token) FROM sales_order", Integer.class))
                .isEqualTo(30);
    }

    @Test
    void the_buyer_reads_only_their_own_order_without_staff_names_or_ids() {
        Customer budi = data.customer().name("Budi Santoso").create();
        Customer siti = data.customer().name("Siti Aminah").phone("0813-1111-2222").create();
        SalesOrder mine = data.order(budi, OrderSource.MANUAL, data.product("Kopi Gayo", 123_456), 1);
        SalesOrder theirs = data.order(siti, OrderSource.MANUAL, data.product("Teh Tarik", 987_654), 3);
        data.forceStatus(theirs, OrderStatus.SEDANG_DIPROSES, "");
        asAdmin(() -> orders.cancel(java.util.List.of(mine.getOrderNumber()), "stok salah, ditulis admin"));

        BuyerOrder seen = buyerOrders.forBuyer(mine.getBuyerToken()).orElseThrow();

        assertThat(seen.orderNumber()).isEqualTo(mine.getOrderNumber());
        assertThat(seen.lines()).extracting(BuyerOrder.Line::productName).containsExactly("Kopi Gayo");
        assertThat(seen.status()).isEqualTo(OrderStatus.CANCEL);
        assertThat(seen.closedAt()).isNotNull();
        String everything = seen.toString();
        assertThat(everything).doesNotContain("admin", theirs.getOrderNumber(), "Teh Tarik", "987", "Siti",
                "id=" + mine.getId());
        assertThat(BuyerOrder.class.getRecordComponents()).extracting(c -> c.getName())
                .noneMatch(name -> name.equals("id") || name.endsWith("Id"))
                .doesNotContain("note", "statusReason", "updatedBy", "customerPhone", "source");
    }

    /** Orders from before the storefront, and the demo orders, get their token from changeset SQL. */
    @Test
    void an_order_without_a_token_gets_a_well_formed_one_from_the_changeset_sql() throws Exception {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi Gayo", 100_000), 1);
        jdbc.update("UPDATE sales_order SET buyer_token = NULL WHERE id = ?", order.getId());
        String yaml = new String(new org.springframework.core.io.ClassPathResource(
                "db/changelog/storefront/900-buyer-tokens.yaml").getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String sql = yaml.substring(yaml.indexOf("UPDATE sales_order")).replaceAll("\\s+", " ").strip();

        jdbc.update(sql);

        String token = jdbc.queryForObject("SELECT buyer_token FROM sales_order WHERE id = ?", String.class,
                order.getId());
        assertThat(token).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(order.getBuyerToken());
        assertThat(buyerOrders.forBuyer(token)).map(BuyerOrder::orderNumber).hasValue(order.getOrderNumber());
    }

    @Test
    void an_unknown_or_malformed_token_finds_nothing() {
        Customer budi = data.customer().create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Kopi Gayo", 100_000), 1);
        String token = order.getBuyerToken();

        assertThat(buyerOrders.forBuyer(token.substring(1) + (token.charAt(0) == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(buyerOrders.forBuyer(token.substring(0, 21))).isEmpty();
        assertThat(buyerOrders.forBuyer("' OR 1=1 --")).isEmpty();
        assertThat(buyerOrders.forBuyer(order.getOrderNumber())).isEmpty();
        assertThat(buyerOrders.forBuyer("")).isEmpty();
    }
}
