package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import id.orderan.base.Rupiah;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.CreateOrderCommand;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ui.ConfirmPaymentDialog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, defect 8: signed in as GUDANG, no screen shows a rupiah amount except the COD amount of
 * a COD order (the money the courier collects), and no buyer's bank details or payment notes.
 */
class WarehouseSeesNoMoneyUiTest extends ListOrderUiTest {

    private static final Pattern RUPIAH = Pattern.compile("-?Rp\\s?-?[0-9.]*");

    @Autowired
    PaymentService payments;

    @Test
    void the_list_order_grid_shows_the_warehouse_no_amounts() {
        SalesOrder paid = paidOrder();
        SalesOrder waiting = konfirmasiOrder("0812-1111-0001");
        SalesOrder cod = codOrder();
        login("gudang", "GUDANG");
        navigate(OrderListView.class);

        assertThat(_size(grid())).isEqualTo(3);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < _size(grid()); i++) {
            texts.addAll(_getFormattedRow(grid(), i));
        }
        texts.add(screenText());
        assertThat(String.join(" ", texts)).contains(paid.getOrderNumber(), waiting.getOrderNumber());
        assertNoMoneyBut(texts, codAmounts(cod));
    }

    @Test
    void a_konfirmasi_badge_clicked_by_the_warehouse_opens_no_confirmation_with_amounts() {
        SalesOrder order = konfirmasiOrder("0812-1111-0002");
        login("gudang", "GUDANG");
        navigate(OrderListView.class);
        int row = rowOf(order.getOrderNumber());
        assertThat(cellText(row, "status")).isEqualTo("Konfirmasi");

        clickInRow(row, "status", "statusClicked");

        assertThat(_find(Dialog.class)).as("no confirmation popup for the warehouse").isEmpty();
        assertThat(_find(ConfirmPaymentDialog.class)).isEmpty();
        String screen = screenText();
        assertNoMoneyBut(List.of(screen), Set.of());
        assertThat(screen).doesNotContain("REKENING ISTRI");
    }

    @Test
    void the_order_detail_shows_the_warehouse_no_amounts_bank_details_or_payment_notes() {
        SalesOrder order = konfirmasiOrder("0812-1111-0003");
        PaymentConfirmation confirmation = asAdmin(() -> payments.pendingConfirmation(order.getId())).orElseThrow();
        asAdmin(() -> payments.reject(confirmation.getId(), confirmation.getVersion(), "Transfer Rp 90.000 kurang"));
        asAdmin(() -> payments.record(new PaymentCommands.RecordPayment(order.getOrderNumber(), PaymentKind.FULL,
                "TUNAI", order.getGrandTotal(), LocalDate.now(), "Lunas Rp 100.000 tunai")));
        login("gudang", "GUDANG");

        OrderDetailView detail = openDetail(order);

        String screen = screenText();
        assertThat(screen).contains(order.getOrderNumber());
        assertThat(screen).doesNotContain("REKENING ISTRI", "kurang", "tunai");
        List<String> texts = new ArrayList<>(List.of(screen));
        _find(detail, Grid.class).forEach(grid -> {
            for (int i = 0; i < _size(grid); i++) {
                texts.addAll(_getFormattedRow(grid, i));
            }
        });
        assertNoMoneyBut(texts, Set.of());
    }

    @Test
    void the_order_detail_of_a_cod_order_shows_the_warehouse_at_most_the_cod_amount() {
        SalesOrder cod = codOrder();
        login("gudang", "GUDANG");

        OrderDetailView detail = openDetail(cod);

        List<String> texts = new ArrayList<>(List.of(screenText()));
        _find(detail, Grid.class).forEach(grid -> {
            for (int i = 0; i < _size(grid); i++) {
                texts.addAll(_getFormattedRow(grid, i));
            }
        });
        assertNoMoneyBut(texts, codAmounts(cod));
    }

    /** The screen as CS, for contrast: the same check would find amounts there. */
    @Test
    void customer_service_does_see_the_amounts_the_check_looks_for() {
        SalesOrder order = paidOrder();
        login("cs", "CS");

        openDetail(order);

        assertThat(screenText()).contains(Rupiah.format(order.getGrandTotal()));
    }

    /** Every text the user can read in the UI, dialogs included (grids' rows are read separately). */
    private static String screenText() {
        return _find(Component.class).stream()
                .map(c -> c.getElement().getText() + " " + c.getElement().getProperty("label", "") + " "
                        + c.getElement().getProperty("value", ""))
                .collect(Collectors.joining("\n"));
    }

    private static OrderDetailView openDetail(SalesOrder order) {
        UI.getCurrent().navigate(OrderDetailView.class, new RouteParameters("number", order.getOrderNumber()));
        return _get(OrderDetailView.class);
    }

    private static void assertNoMoneyBut(List<String> texts, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Matcher m = RUPIAH.matcher(text == null ? "" : text);
            while (m.find()) {
                found.add(m.group().trim());
            }
        }
        assertThat(found).as("rupiah amounts on the warehouse's screen").allMatch(allowed::contains);
    }

    private static Set<String> codAmounts(SalesOrder cod) {
        return Stream.of(Rupiah.format(cod.remaining()), Rupiah.format(cod.getGrandTotal()))
                .collect(Collectors.toSet());
    }

    private Product product() {
        return data.product("Kopi Gayo " + System.nanoTime(), 100_000, 50);
    }

    private SalesOrder paidOrder() {
        Customer customer = data.customer().phone("0812-2222-0001").create();
        SalesOrder order = data.order(customer, OrderSource.FORM, product(), 1);
        asAdmin(() -> payments.markPaid(order.getOrderNumber(), "TRANSFER"));
        return order;
    }

    private SalesOrder konfirmasiOrder(String phone) {
        Customer customer = data.customer().phone(phone).create();
        SalesOrder order = data.order(customer, OrderSource.FORM, product(), 1);
        asAdmin(() -> payments.submit(new PaymentCommands.SubmitConfirmation(order.getOrderNumber(), "BCA",
                "REKENING ISTRI", order.getGrandTotal(), LocalDate.now().minusDays(1), null, "Sudah transfer")));
        return order;
    }

    private SalesOrder codOrder() {
        Customer customer = data.customer().phone("0812-2222-0002").create();
        Product kopi = product();
        SalesOrder order = data.order(new CreateOrderCommand(customer.getId(), OrderSource.MANUAL,
                List.of(new CreateOrderCommand.Line(kopi.getId(), 2, null)), 0, 15_000, 0, 0, 0, null, null, null,
                null, null, true));
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        return order;
    }
}
