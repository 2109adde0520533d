package id.orderan.followup;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentService;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Templates stored per channel and stage, and the optional automatic emails, on MariaDB and GreenMail. */
class FollowUpTemplatesAndAutomaticEmailsTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    FollowUpService followUps;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    FollowUpMail mail;

    @Autowired
    id.orderan.store.StoreService store;

    @Test
    void the_html_part_escapes_what_staff_typed_and_keeps_paragraphs_and_line_breaks() {
        String html = mail.html(store.profile(), "Halo", "Halo <script>alert(1)</script>\nBaris dua\n\nParagraf dua");

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html.split("<p ", -1)).hasSize(3);
        assertThat(html).contains("<br>").contains(store.profile().name());
    }

    @Test
    void a_saved_template_is_used_for_the_next_draft_of_its_channel_only() {
        SalesOrder order = anOrder("siti@tokoku.id");

        FollowUpTemplate saved = admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(
                FollowUpChannel.WHATSAPP, FollowUpStage.FU_1, "", "Kak {nama}, {order_id} sebesar {total} ditunggu ya",
                false, TemplateBook.DEFAULT_VERSION)));

        assertThat(saved.isDefault()).isFalse();
        assertThat(saved.updatedBy()).isEqualTo("owner");
        assertThat(cs(() -> followUps.draft(order.getOrderNumber(), FollowUpChannel.WHATSAPP)).message())
                .isEqualTo("Kak Siti Nurhaliza, " + order.getOrderNumber() + " sebesar Rp 170.000 ditunggu ya");
        assertThat(cs(() -> followUps.draft(order.getOrderNumber(), FollowUpChannel.EMAIL)).message())
                .startsWith("Halo Kak Siti Nurhaliza 👋");
        assertThat(cs(followUps::templates)).hasSize(10)
                .filteredOn(t -> !t.isDefault()).singleElement()
                .satisfies(t -> assertThat(t.channel()).isEqualTo(FollowUpChannel.WHATSAPP));
    }

    @Test
    void the_whatsapp_defaults_bold_the_amount_and_the_email_defaults_do_not() {
        String whatsApp = cs(() -> followUps.template(FollowUpChannel.WHATSAPP, FollowUpStage.FU_1)).body();
        String email = cs(() -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.FU_1)).body();

        assertThat(whatsApp).contains("*{total}*");
        assertThat(email).contains("{total}").doesNotContain("*");
        assertThat(cs(() -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.SHIPPED)).body())
                .contains("{kurir}", "{resi}", "{link_lacak}");
    }

    @Test
    void unknown_placeholders_an_empty_text_and_a_stale_version_are_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL,
                FollowUpStage.FU_2, "Halo {Nama}", "Halo {nma}, total {total}", false, TemplateBook.DEFAULT_VERSION))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("error.template.unknown-placeholders")
                .satisfies(e -> assertThat(((BusinessException) e).args()).containsExactly("{Nama}, {nma}"));
        assertThatThrownBy(() -> admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL,
                FollowUpStage.FU_2, "Halo", "  ", false, TemplateBook.DEFAULT_VERSION))))
                .hasMessageContaining("error.followup.empty");
        assertThat(cs(() -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.FU_2)).isDefault()).isTrue();

        FollowUpTemplate first = admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL,
                FollowUpStage.FU_2, "Pengingat", "Versi pertama", false, TemplateBook.DEFAULT_VERSION)));
        // a second admin still holding the default version
        assertThatThrownBy(() -> admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL,
                FollowUpStage.FU_2, "Pengingat", "Versi kedua", false, TemplateBook.DEFAULT_VERSION))))
                .hasMessageContaining("error.template.changed");
        assertThat(cs(() -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.FU_2)).body())
                .isEqualTo("Versi pertama");

        FollowUpTemplate second = admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL,
                FollowUpStage.FU_2, "Pengingat", "Versi kedua", false, first.version())));
        assertThat(second.version()).isGreaterThan(first.version());
    }

    @Test
    void only_admins_change_templates_and_auto_send_exists_only_for_the_two_email_notices() {
        var command = new FollowUpTemplateCommand(FollowUpChannel.WHATSAPP, FollowUpStage.FU_1, "", "Halo {nama}",
                false, TemplateBook.DEFAULT_VERSION);
        assertThatThrownBy(() -> cs(() -> followUps.saveTemplate(command))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> followUps.templates()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL,
                FollowUpStage.FU_1, "Halo", "Halo {nama}", true, TemplateBook.DEFAULT_VERSION))))
                .hasMessageContaining("error.template.auto-send");
    }

    @Test
    void reset_brings_back_the_built_in_text_and_keeps_the_auto_send_choice() {
        admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL, FollowUpStage.PAID,
                "Lunas", "Sudah lunas, {nama}", true, TemplateBook.DEFAULT_VERSION)));

        FollowUpTemplate reset = admin(() -> followUps.resetTemplate(FollowUpChannel.EMAIL, FollowUpStage.PAID));

        assertThat(reset.body()).isEqualTo(FollowUpTemplates.defaultFor(FollowUpChannel.EMAIL, FollowUpStage.PAID)
                .body());
        assertThat(reset.autoSend()).isTrue();
        admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.WHATSAPP, FollowUpStage.FU_3, "",
                "Terakhir ya Kak", false, TemplateBook.DEFAULT_VERSION)));
        assertThat(admin(() -> followUps.resetTemplate(FollowUpChannel.WHATSAPP, FollowUpStage.FU_3)).isDefault())
                .isTrue();
    }

    @Test
    void the_preview_fills_a_sample_order_and_names_the_unknown_placeholders() {
        FollowUpService.TemplatePreview preview = admin(() -> followUps.preview("Order {order_id}",
                "Halo {nama}, resi {resi} via {kurir}. {nama_lengkap}"));

        assertThat(preview.subject()).isEqualTo("Order INV-2611-00042");
        assertThat(preview.body()).isEqualTo("Halo Siti Nurhaliza, resi JNE0123456789 via JNE REG. {nama_lengkap}");
        assertThat(preview.unknownPlaceholders()).containsExactly("nama_lengkap");
    }

    @Test
    void with_the_toggle_on_approving_payment_and_entering_the_resi_email_the_buyer_after_commit() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL, FollowUpStage.PAID,
                "Pembayaran {order_id} diterima", "Terima kasih Kak {nama}, {total} sudah masuk.", true,
                TemplateBook.DEFAULT_VERSION)));
        autoSendShipped();

        cs(() -> payments.markPaid(order.getOrderNumber(), "Transfer BCA"));

        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        MimeMessage paid = SMTP.getReceivedMessages()[0];
        assertThat(paid.getSubject()).isEqualTo("Pembayaran " + order.getOrderNumber() + " diterima");
        assertThat(GreenMailUtil.getBody(paid)).contains("Terima kasih Kak Siti Nurhaliza, Rp 170.000 sudah masuk.");

        as("gudang", "GUDANG", () -> shipping.enterResi(new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG",
                "jne 0099 8877 66", false)));

        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 2)).isTrue();
        MimeMessage shipped = SMTP.getReceivedMessages()[1];
        assertThat(shipped.getSubject()).isEqualTo("Pesanan " + order.getOrderNumber() + " sudah dikirim");
        assertThat(GreenMailUtil.getBody(shipped)).contains("JNE REG", "JNE0099887766");
        List<FollowUp> history = awaitHistory(order, 2);
        assertThat(history).extracting(FollowUp::getStage).containsExactly(FollowUpStage.SHIPPED, FollowUpStage.PAID);
        assertThat(history).allSatisfy(f -> {
            assertThat(f.getState()).isEqualTo(FollowUpState.SENT);
            assertThat(f.getSentBy()).isEqualTo("system");
        });
    }

    @Test
    void with_the_toggles_off_nothing_is_sent_automatically() throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");

        cs(() -> payments.markPaid(order.getOrderNumber(), "Transfer BCA"));

        assertThat(SMTP.waitForIncomingEmail(1_500, 1)).isFalse();
        assertThat(cs(() -> followUps.history(order.getId()))).isEmpty();
    }

    @Test
    void an_automatic_email_the_server_does_not_take_is_on_the_timeline_with_its_answer_and_can_be_retried()
            throws Exception {
        SalesOrder order = anOrder("siti@tokoku.id");
        admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL, FollowUpStage.PAID,
                "Lunas", "Terima kasih Kak {nama}", true, TemplateBook.DEFAULT_VERSION)));
        SMTP.stop();

        cs(() -> payments.markPaid(order.getOrderNumber(), "Transfer BCA"));

        FollowUp unsent = awaitHistory(order, 1, f -> f.getError() != null).getFirst();
        assertThat(unsent.getState()).isEqualTo(FollowUpState.PENDING); // tried again later by itself
        assertThat(unsent.canRetry()).isTrue();
        assertThat(unsent.getMessage()).isEqualTo("Terima kasih Kak Siti Nurhaliza");
        SMTP.start();
        assertThat(cs(() -> followUps.retry(unsent.getId())).getState()).isEqualTo(FollowUpState.PENDING);
        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        assertThat(awaitHistory(order, 1, f -> f.getState() == FollowUpState.SENT)).singleElement()
                .satisfies(f -> assertThat(f.getError()).isNull());
    }

    @Test
    void bulk_emails_are_queued_then_sent_and_each_order_is_reported() throws Exception {
        SalesOrder first = anOrder("siti@tokoku.id");
        SalesOrder noEmail = anOrder(null);
        SalesOrder paid = anOrder("budi@tokoku.id");
        cs(() -> payments.markPaid(paid.getOrderNumber(), "Tunai"));

        var outcomes = cs(() -> followUps.emailReminders(List.of(first.getOrderNumber(),
                noEmail.getOrderNumber(), paid.getOrderNumber()), null));

        assertThat(outcomes.outcomes()).containsExactly(
                java.util.Map.entry(first.getOrderNumber(), FollowUpService.Outcome.QUEUED),
                java.util.Map.entry(noEmail.getOrderNumber(), FollowUpService.Outcome.NO_EMAIL),
                java.util.Map.entry(paid.getOrderNumber(), FollowUpService.Outcome.NOT_UNPAID));
        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        awaitHistory(first, 1, f -> f.getState() == FollowUpState.SENT);
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Menunggu pembayaran pesanan " + first.getOrderNumber());
            assertThat(GreenMailUtil.getBody(m)).contains("Halo Kak Siti Nurhaliza");
        });
        assertThat(cs(() -> followUps.draft(first.getOrderNumber(), FollowUpChannel.EMAIL)).stage())
                .isEqualTo(FollowUpStage.FU_2);
    }

    @Test
    void a_bulk_email_can_send_one_chosen_reminder_to_everyone() throws Exception {
        SalesOrder first = anOrder("siti@tokoku.id");
        SalesOrder second = anOrder("budi@tokoku.id");

        var outcomes = cs(() -> followUps.emailReminders(List.of(first.getOrderNumber(), second.getOrderNumber()),
                FollowUpStage.FU_3));

        assertThat(outcomes.outcomes().values()).containsOnly(FollowUpService.Outcome.QUEUED);
        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 2)).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(2).allSatisfy(m ->
                assertThat(m.getSubject()).startsWith("Terakhir: pesanan INV-"));
        assertThat(cs(() -> followUps.history(first.getId()))).singleElement()
                .satisfies(f -> assertThat(f.getStage()).isEqualTo(FollowUpStage.FU_3));
    }

    private void autoSendShipped() {
        FollowUpTemplate shipped = cs(() -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.SHIPPED));
        admin(() -> followUps.saveTemplate(new FollowUpTemplateCommand(FollowUpChannel.EMAIL, FollowUpStage.SHIPPED,
                shipped.subject(), shipped.body(), true, shipped.version())));
    }

    /** The outbox sends on its own thread after commit: wait (bounded) until every record is as expected. */
    private List<FollowUp> awaitHistory(SalesOrder order, int size) throws InterruptedException {
        return awaitHistory(order, size, f -> f.getState() == FollowUpState.SENT);
    }

    private List<FollowUp> awaitHistory(SalesOrder order, int size, java.util.function.Predicate<FollowUp> each)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<FollowUp> history = cs(() -> followUps.history(order.getId()));
        while ((history.size() < size || !history.stream().allMatch(each)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            history = cs(() -> followUps.history(order.getId()));
        }
        assertThat(history).hasSize(size);
        return history;
    }

    private SalesOrder anOrder(String email) {
        var builder = data.customer().name("Siti Nurhaliza").phone("0812-3456-7890");
        Customer siti = (email == null ? builder.email("") : builder.email(email)).create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(siti, OrderSource.FORM, kopi, 2);
    }

    private static <T> T cs(Supplier<T> action) {
        return as("cs", "CS", action);
    }

    private static <T> T admin(Supplier<T> action) {
        return as("owner", "ADMIN", action);
    }
}
