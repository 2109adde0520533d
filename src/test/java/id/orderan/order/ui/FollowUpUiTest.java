package id.orderan.order.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpStage;
import id.orderan.followup.ui.BulkEmailDialog;
import id.orderan.followup.ui.WhatsAppQueueDialog;
import id.orderan.order.OrderRow;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.TestData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class FollowUpUiTest extends ListOrderUiTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FollowUpService followUps;

    @Test
    void the_follow_up_column_shows_only_for_orders_still_to_be_paid() {
        SalesOrder unpaid = anOrder();
        SalesOrder paid = anOrder();
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        login("cs", "CS");
        navigate(OrderListView.class);

        assertThat(rows()).hasSize(2);
        int unpaidRow = rowOf(unpaid.getOrderNumber());
        int paidRow = rowOf(paid.getOrderNumber());
        assertThat(clickable(unpaidRow, "followUp", "whatsApp")).as("WhatsApp for the unpaid order").isTrue();
        assertThat(clickable(unpaidRow, "followUp", "email")).as("Email for the unpaid order").isTrue();
        assertThat(clickable(paidRow, "followUp", "whatsApp")).as("no WhatsApp for the paid order").isFalse();
        assertThat(clickable(paidRow, "followUp", "email")).as("no Email for the paid order").isFalse();
    }

    @Test
    void the_whatsapp_dialog_opens_the_chat_with_the_message_and_records_it() {
        SalesOrder order = anOrder();
        login("cs", "CS");
        navigate(OrderListView.class);
        assertThat(cellText(rowOf(order.getOrderNumber()), "followUp")).as("no reminder yet").isEmpty();

        clickInRow(rowOf(order.getOrderNumber()), "followUp", "whatsApp");
        _click(_get(Button.class, spec -> spec.withId("followup-send")));

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(invocation ->
                assertThat(invocation.getInvocation().getParameters()).anySatisfy(p ->
                        assertThat(String.valueOf(p)).startsWith("https://wa.me/6281234567890?text=Halo%20Kak%20Siti")));
        assertThat(jdbc.queryForObject("SELECT stage FROM follow_up WHERE order_id = ?", String.class, order.getId()))
                .isEqualTo("FU_1");
        assertThat(cellText(rowOf(order.getOrderNumber()), "followUp")).startsWith("FU 1 · ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void picking_another_template_in_the_dialog_refills_the_text_and_records_that_stage() {
        SalesOrder order = anOrder();
        login("cs", "CS");
        navigate(OrderListView.class);
        clickInRow(rowOf(order.getOrderNumber()), "followUp", "whatsApp");

        Select<FollowUpStage> stage = _get(Select.class, spec -> spec.withId("followup-stage"));
        assertThat(stage.getValue()).isEqualTo(FollowUpStage.FU_1);
        userSets(stage, FollowUpStage.FU_3);

        var message = _get(TextArea.class, spec -> spec.withId("followup-message"));
        assertThat(message.getValue()).contains("akan kami batalkan otomatis", order.getOrderNumber());
        _click(_get(Button.class, spec -> spec.withId("followup-send")));
        assertThat(jdbc.queryForObject("SELECT stage FROM follow_up WHERE order_id = ?", String.class, order.getId()))
                .isEqualTo("FU_3");
    }

    @Test
    void the_email_dialog_sends_through_smtp_and_records_it() throws Exception {
        SalesOrder order = anOrder();
        login("cs", "CS");
        navigate(OrderListView.class);

        clickInRow(rowOf(order.getOrderNumber()), "followUp", "email");
        _click(_get(Button.class, spec -> spec.withId("followup-send")));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        awaitState("SELECT state FROM follow_up WHERE order_id = " + order.getId(), "SENT");
    }

    @Test
    void bulk_follow_up_email_runs_in_the_background_and_ends_with_a_summary() throws Exception {
        anOrder();
        SalesOrder paid = anOrder();
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        Customer noEmail = data.customer().name("Budi Tanpa Email").email("").create();
        data.order(noEmail, OrderSource.FORM, data.product("Teh", 10_000), 1);
        login("cs", "CS");
        navigate(OrderListView.class);
        tickAll();

        _click(_get(Button.class, spec -> spec.withId("bulk-email")));
        BulkEmailDialog dialog = _get(BulkEmailDialog.class);
        _click(_get(Button.class, spec -> spec.withId("bulk-email-start")));

        long deadline = System.currentTimeMillis() + 10_000;
        String summary = "";
        while (System.currentTimeMillis() < deadline && !summary.startsWith("Selesai")) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
            summary = _get(dialog, Paragraph.class, spec -> { }).getText();
        }
        assertThat(summary).startsWith("Selesai: 1 terkirim, 2 dilewati, 0 gagal");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void the_whatsapp_queue_opens_one_chat_per_click_records_each_and_lists_what_it_skipped() {
        SalesOrder first = anOrder();
        SalesOrder second = anOrder();
        SalesOrder paid = anOrder();
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        Customer foreign = data.customer().name("John Abroad").phone("0813-1111-2222").email("").create();
        SalesOrder badPhone = data.order(foreign, OrderSource.FORM, data.product("Teh", 10_000), 1);
        // imported before numbers were checked: a foreign number wa.me links cannot reach
        jdbc.update("UPDATE sales_order SET customer_phone = '+1 415 555 0100' WHERE id = ?", badPhone.getId());
        login("cs", "CS");
        navigate(OrderListView.class);
        tickAll();

        _click(_get(Button.class, spec -> spec.withId("bulk-whatsapp")));
        var dialog = _get(WhatsAppQueueDialog.class);
        var open = _get(dialog, Anchor.class, spec -> spec.withId("queue-open"));

        // newest first: the two unpaid orders with a usable number, in the grid's order
        assertThat(open.getHref()).startsWith("https://wa.me/6281234567890?text=Halo%20Kak%20Siti")
                .contains(URLEncoder.encode(second.getOrderNumber(), StandardCharsets.UTF_8));
        assertThat(open.getTarget()).contains("_blank");
        _fireDomEvent(open, "click");
        assertThat(open.getHref()).contains(first.getOrderNumber());
        _fireDomEvent(open, "click");

        assertThat(open.isVisible()).isFalse();
        assertThat(jdbc.queryForList("SELECT order_id FROM follow_up WHERE channel = 'WHATSAPP'", Long.class))
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        String summary = _find(dialog, Paragraph.class).stream().map(Paragraph::getText)
                .filter(text -> text.startsWith("2 chat dibuka")).findFirst().orElseThrow();
        assertThat(summary).contains(paid.getOrderNumber() + " · Siti Nurhaliza: sudah dibayar",
                badPhone.getOrderNumber() + " · John Abroad: nomor WhatsApp tidak valid");
    }

    @Test
    void the_belum_di_follow_up_filter_leaves_the_unpaid_orders_no_reminder_reached() {
        SalesOrder reminded = anOrder();
        SalesOrder waiting = anOrder();
        SalesOrder paid = anOrder();
        data.forceStatus(paid, OrderStatus.SEDANG_DIPROSES, "");
        TestData.as("cs", "CS", () -> followUps.whatsApp(reminded.getOrderNumber(), FollowUpStage.FU_1, "Halo"));
        login("cs", "CS");
        navigate(OrderListView.class);
        assertThat(checkbox("filter-not-followed-up").isVisible()).isTrue();

        userSets(checkbox("filter-not-followed-up"), true);

        assertThat(rows()).extracting(OrderRow::orderNumber).containsExactly(waiting.getOrderNumber());
        assertThat(address().getParameters()).containsEntry("belum-fu", List.of("1"));
        assertThat(total()).isEqualTo("1 order");
    }

    @Test
    void a_failed_email_shows_on_the_detail_timeline_with_a_retry_that_sends_it() throws Exception {
        SalesOrder order = anOrder();
        SMTP.stop();
        var failed = TestData.as("cs", "CS", () -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "Halo",
                "Pesanan Kakak menunggu pembayaran"));
        awaitState("SELECT error IS NOT NULL FROM follow_up WHERE id = " + failed.getId(), "1");
        SMTP.start();
        login("cs", "CS");
        UI.getCurrent().navigate("orders/" + order.getOrderNumber());
        _get(OrderDetailView.class);
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Follow up Email FU 1 belum terkirim, akan dicoba lagi otomatis: "));

        _click(_get(Button.class, spec -> spec.withId("timeline-retry-" + failed.getId())));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        awaitState("SELECT state FROM follow_up WHERE id = " + failed.getId(), "SENT");
        assertThat(_find(Button.class, spec -> spec.withId("timeline-retry-" + failed.getId()))).isEmpty();
    }

    @Test
    void the_timeline_tells_an_email_waiting_to_be_sent_from_one_that_may_have_gone_out_twice() throws Exception {
        SalesOrder order = anOrder();
        var twice = TestData.as("cs", "CS", () -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_1, "Halo",
                "Pesanan Kakak menunggu pembayaran"));
        awaitState("SELECT state FROM follow_up WHERE id = " + twice.getId(), "SENT");
        // as the outbox leaves them: one found in flight after a crash and sent again, one another node holds
        jdbc.update("UPDATE follow_up SET possible_duplicate = TRUE WHERE id = ?", twice.getId());
        var waiting = TestData.as("cs", "CS", () -> followUps.email(order.getOrderNumber(), FollowUpStage.FU_2, "Halo",
                "Pengingat kedua"));
        // a real claim moves the version on, so this node's worker, if it read the row a moment earlier, cannot
        // write its stale SENDING over the other node's claim (it did, now and then, without the version)
        jdbc.update("UPDATE follow_up SET state = 'PENDING', claimed_by = 'other-node',"
                + " lease_until = UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, version = version + 1 WHERE id = ?", waiting.getId());
        login("cs", "CS");

        UI.getCurrent().navigate("orders/" + order.getOrderNumber());

        assertThat(_find(Span.class).stream().map(Span::getText)).contains(
                "Follow up Email FU 1 terkirim, mungkin terkirim ganda (server mati saat mengirim)",
                "Follow up Email FU 2 menunggu dikirim");
        assertThat(_find(Button.class, spec -> spec.withId("timeline-retry-" + twice.getId()))).isEmpty();
    }

    @Test
    void from_the_detail_of_a_paid_order_the_email_button_drafts_the_payment_received_notice() {
        SalesOrder order = anOrder();
        data.forceStatus(order, OrderStatus.SEDANG_DIPROSES, "");
        login("cs", "CS");
        UI.getCurrent().navigate("orders/" + order.getOrderNumber());

        _click(_get(Button.class, spec -> spec.withId("detail-followup-email")));

        assertThat(_get(TextArea.class, spec -> spec.withId("followup-message")).getValue()).startsWith("Halo Kak Siti Nurhaliza, pembayaran pesanan " + order.getOrderNumber()
                + " sudah kami terima.");
        assertThat(_get(Dialog.class, spec -> { }).getHeaderTitle())
                .contains("Pembayaran diterima");
    }

    /** The outbox sends on its own thread: wait (bounded) for the row to get there. */
    private void awaitState(String query, String expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!expected.equals(jdbc.queryForObject(query, String.class)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForObject(query, String.class)).isEqualTo(expected);
    }

    private SalesOrder anOrder() {
        Customer siti = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890").email("siti@tokoku.id").create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(siti, OrderSource.FORM, kopi, 1);
    }
}
