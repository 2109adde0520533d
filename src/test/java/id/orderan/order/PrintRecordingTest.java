package id.orderan.order;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.support.IntegrationTest;
import id.orderan.support.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** "Printed" is recorded by the staff action, role-checked; invoice notes wait under a private token. */
class PrintRecordingTest extends IntegrationTest {

    @Autowired
    OrderService orders;

    @Autowired
    InvoiceNotes notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_warehouse_records_printed_labels_and_the_order_leaves_belum_dicetak() {
        SalesOrder order = anOrder();

        as("gudang", "GUDANG", () -> {
            orders.labelsPrinted(List.of(order.getOrderNumber()));
            return null;
        });

        assertThat(printedAt(order)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT note FROM order_status_change WHERE order_id = ? ORDER BY id DESC LIMIT 1",
                String.class, order.getId())).isEqualTo("Label dicetak");
    }

    @Test
    void cs_records_printed_invoices_but_the_warehouse_is_refused_and_nothing_changes() {
        SalesOrder order = anOrder();

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> {
            orders.invoicesPrinted(List.of(order.getOrderNumber()), false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(printedAt(order)).isNull();
        assertThat(data.auditRows(order)).isEqualTo(1);

        as("cs", "CS", () -> {
            orders.invoicesPrinted(List.of(order.getOrderNumber()), true);
            return null;
        });
        assertThat(printedAt(order)).isNotNull();
        assertThat(data.auditRows(order)).isEqualTo(2);
    }

    @Test
    void an_unknown_order_in_a_print_changes_nothing() {
        SalesOrder order = anOrder();

        assertThatThrownBy(() -> as("cs", "CS", () -> {
            orders.labelsPrinted(List.of(order.getOrderNumber(), "INV-0000-99999"));
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("error.order.not-found");
        assertThat(printedAt(order)).isNull();
        assertThat(data.auditRows(order)).isEqualTo(1);
    }

    @Test
    void an_invoice_note_is_read_back_only_by_its_author_and_only_for_half_an_hour() {
        String token = as("rina", "CS", () -> notes.keep("  Bonus stiker  "));

        assertThat(token).doesNotContain("Bonus");
        assertThat(as("rina", "CS", () -> notes.note(token))).contains("Bonus stiker");
        assertThat(as("admin", "ADMIN", () -> notes.note(token))).as("another user").isEmpty();
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> notes.keep("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("rina", "CS", () -> notes.keep("x".repeat(InvoiceNotes.MAX_LENGTH + 1))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.invoice-note.too-long");

        clock.advance(InvoiceNotes.LIFETIME.plus(Duration.ofSeconds(1)));
        assertThat(as("rina", "CS", () -> notes.note(token))).as("expired").isEmpty();
    }

    private java.sql.Timestamp printedAt(SalesOrder order) {
        return jdbc.queryForObject("SELECT printed_at FROM sales_order WHERE id = ?", java.sql.Timestamp.class,
                order.getId());
    }

    private SalesOrder anOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(budi, OrderSource.FORM, kopi, 1);
    }
}
