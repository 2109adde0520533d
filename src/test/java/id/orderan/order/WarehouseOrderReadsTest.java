package id.orderan.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.support.IntegrationTest;
import id.orderan.support.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Issue 11, defect 8 (service side): every read of one order returns the warehouse no money but the
 * COD amount to collect; the reads that return the whole order, money included, refuse it.
 */
class WarehouseOrderReadsTest extends IntegrationTest {

    @Autowired
    OrderQueryService queries;

    @Test
    void the_warehouse_reads_an_order_sheet_without_prices_or_totals() {
        SalesOrder order = transferOrder();

        OrderSheet sheet = TestData.as("gudang", "GUDANG", () -> queries.sheet(order.getOrderNumber()));

        assertThat(sheet.totals()).isNull();
        assertThat(sheet.codToCollect()).isNull();
        assertThat(sheet.lines()).singleElement().satisfies(line -> {
            assertThat(line.productName()).isEqualTo("Kopi Gayo");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.unitPrice()).isNull();
            assertThat(line.lineTotal()).isNull();
        });
        assertThat(sheet.recipientName()).isEqualTo("Budi Santoso");
    }

    @Test
    void the_warehouse_keeps_the_cod_amount_it_must_collect_and_nothing_else() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        SalesOrder cod = data.order(new CreateOrderCommand(budi.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 15_000, 0, 0, 0, null, "JNE", "REG",
                null, null, true));

        List<OrderSheet> sheets = TestData.as("gudang", "GUDANG", () -> queries.sheets(List.of(cod.getOrderNumber())));

        assertThat(sheets).singleElement().satisfies(sheet -> {
            assertThat(sheet.cod()).isTrue();
            assertThat(sheet.codToCollect()).isEqualTo(185_000L);
            assertThat(sheet.totals()).isNull();
            assertThat(sheet.lines().getFirst().unitPrice()).isNull();
        });
    }

    @Test
    void money_roles_read_the_same_sheet_with_prices_and_totals() {
        SalesOrder order = transferOrder();

        OrderSheet sheet = TestData.as("cs", "CS", () -> queries.sheet(order.getOrderNumber()));

        assertThat(sheet.totals()).isNotNull();
        assertThat(sheet.totals().grandTotal()).isEqualTo(170_000L);
        assertThat(sheet.lines().getFirst().unitPrice()).isEqualTo(85_000L);
    }

    @Test
    void the_whole_order_with_its_money_is_refused_to_the_warehouse() {
        SalesOrder order = transferOrder();

        assertThatThrownBy(() -> TestData.as("gudang", "GUDANG", () -> queries.getByNumber(order.getOrderNumber())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> TestData.as("gudang", "GUDANG", () -> queries.getById(order.getId())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> TestData.as("gudang", "GUDANG",
                () -> queries.getByNumbers(List.of(order.getOrderNumber()))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(TestData.as("cs", "CS", () -> queries.getByNumber(order.getOrderNumber())).getGrandTotal())
                .isEqualTo(170_000L);
    }

    private SalesOrder transferOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(budi, OrderSource.MANUAL, kopi, 2);
    }
}
