package id.orderan.payment;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import id.orderan.order.OrderService;

class PaymentConfirmationTest extends IntegrationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderService orders;

    @Test
    void a_confirmation_with_proof_waits_in_konfirmasi_and_approval_records_the_payment() {
        SalesOrder order = anOrder(OrderSource.FORM);

        PaymentConfirmation confirmation = as("cs", "CS", () -> payments.submit(submit(order, order.getGrandTotal(),
                new ProofFile("bukti.png", PNG))));
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
        assertThat(asAdmin(() -> payments.proof(confirmation.getId()))).hasValueSatisfying(p ->
                assertThat(p.verifiedContentType()).isEqualTo("image/png"));

        Payment payment = as("rina", "CS", () -> payments.approve(confirmation.getId(), confirmation.getVersion()));

        assertThat(payment.getAmount()).isEqualTo(order.getGrandTotal());
        assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
        assertThat(asAdmin(() -> payments.confirmations(order.getId()))).singleElement()
                .satisfies(c -> {
                    assertThat(c.getState()).isEqualTo(ConfirmationState.APPROVED);
                    assertThat(c.getDecidedBy()).isEqualTo("rina");
                });
    }

    @Test
    void a_rejected_confirmation_is_kept_and_the_order_waits_for_payment_again() {
        SalesOrder order = anOrder(OrderSource.PRIVATE);
        PaymentConfirmation confirmation = asAdmin(() -> payments.submit(submit(order, 50_000, null)));

        asAdmin(() -> payments.reject(confirmation.getId(), confirmation.getVersion(), "Dana belum masuk"));

        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(asAdmin(() -> payments.confirmations(order.getId()))).singleElement().satisfies(c -> {
            assertThat(c.getState()).isEqualTo(ConfirmationState.REJECTED);
            assertThat(c.getDecisionNote()).isEqualTo("Dana belum masuk");
        });
        assertThat(jdbc.queryForObject("SELECT note FROM order_status_change WHERE order_id = ? ORDER BY id DESC LIMIT 1",
                String.class, order.getId())).isEqualTo("Dana belum masuk");
    }

    @Test
    void proofs_are_checked_by_content_and_size() {
        SalesOrder order = anOrder(OrderSource.FORM);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};

        assertThatThrownBy(() -> asAdmin(() -> payments.submit(submit(order, 1_000, new ProofFile("bukti.png", exe)))))
                .hasMessageContaining("error.proof.type");
        byte[] huge = new byte[ProofFile.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> asAdmin(() -> payments.submit(submit(order, 1_000, new ProofFile("besar.jpg", huge)))))
                .hasMessageContaining("error.proof.too-large");
        assertThat(new ProofFile("a.pdf", "%PDF-1.7".getBytes()).verifiedContentType()).isEqualTo("application/pdf");
        assertThat(data.status(order)).as("nothing was saved").isEqualTo("BELUM_BAYAR");
    }

    @Test
    void two_people_approving_the_same_confirmation_at_once_record_one_payment() throws Exception {
        SalesOrder order = anOrder(OrderSource.FORM);
        PaymentConfirmation confirmation = asAdmin(() -> payments.submit(submit(order, order.getGrandTotal(), null)));
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String user : List.of("rina", "budi")) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(user, "CS", () -> payments.approve(confirmation.getId(), confirmation.getVersion()));
                        return "ok";
                    } catch (BusinessException e) {
                        return e.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).containsExactlyInAnyOrder("ok", "error.confirmation.already-decided");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class,
                    order.getId())).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class,
                    order.getId())).isEqualTo(order.getGrandTotal());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_transfer_short_of_the_total_cannot_be_approved_as_full_payment() {
        SalesOrder order = anOrder(OrderSource.FORM);
        PaymentConfirmation confirmation = asAdmin(() -> payments.submit(submit(order, order.getGrandTotal() - 1, null)));

        assertThatThrownBy(() -> asAdmin(() -> payments.approve(confirmation.getId(), confirmation.getVersion())))
                .hasMessageContaining("error.payment.not-enough");
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
    }

    /** Issue 11, defect 1: CS B records a DP while CS A has the confirmation popup open. */
    @Test
    void approving_after_a_down_payment_moved_the_order_is_refused_and_the_confirmation_is_superseded() {
        Customer budi = data.customer().create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Madu Hutan", 200_000), 1);
        PaymentConfirmation seenByA = as("cs-a", "CS", () -> payments.submit(submit(order, 200_000, null)));
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");

        as("cs-b", "CS", () -> payments.record(new PaymentCommands.RecordPayment(order.getOrderNumber(),
                PaymentKind.DP, "TRANSFER", 150_000, LocalDate.now(), null)));

        assertThat(data.status(order)).isEqualTo("DOWN_PAYMENT");
        assertThat(asAdmin(() -> payments.confirmations(order.getId()))).singleElement().satisfies(c -> {
            assertThat(c.getState()).isEqualTo(ConfirmationState.SUPERSEDED);
            assertThat(c.getDecidedBy()).isEqualTo("cs-b");
            assertThat(c.getDecidedAt()).isNotNull();
        });
        assertThatThrownBy(() -> as("cs-a", "CS", () -> payments.approve(seenByA.getId(), seenByA.getVersion())))
                .isInstanceOfSatisfying(BusinessException.class, e ->
                        assertThat(e.messageKey()).isEqualTo("error.confirmation.order-not-waiting"));
        assertThat(data.status(order)).isEqualTo("DOWN_PAYMENT");
        assertThat(jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class,
                order.getId())).isEqualTo(150_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class,
                order.getId())).isEqualTo(1);
    }

    @Test
    void a_down_payment_and_an_approval_at_the_same_moment_never_count_the_money_twice() throws Exception {
        Customer budi = data.customer().create();
        SalesOrder order = data.order(budi, OrderSource.MANUAL, data.product("Madu Hutan", 200_000), 1);
        PaymentConfirmation confirmation = as("cs-a", "CS", () -> payments.submit(submit(order, 200_000, null)));
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> approval = pool.submit(() -> {
                start.await();
                try {
                    as("cs-a", "CS", () -> payments.approve(confirmation.getId(), confirmation.getVersion()));
                    return "ok";
                } catch (BusinessException e) {
                    return e.messageKey();
                }
            });
            Future<String> downPayment = pool.submit(() -> {
                start.await();
                try {
                    as("cs-b", "CS", () -> payments.record(new PaymentCommands.RecordPayment(order.getOrderNumber(),
                            PaymentKind.DP, "TRANSFER", 150_000, LocalDate.now(), null)));
                    return "ok";
                } catch (BusinessException e) {
                    return e.messageKey();
                } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                    return "stale"; // read the order before the approval committed: refused, nothing saved
                }
            });
            start.countDown();
            String approved = approval.get(30, TimeUnit.SECONDS);
            String recorded = downPayment.get(30, TimeUnit.SECONDS);

            long paid = jdbc.queryForObject("SELECT amount_paid FROM sales_order WHERE id = ?", Long.class,
                    order.getId());
            if (approved.equals("ok")) {
                assertThat(recorded).isIn("error.payment.dp-too-large", "stale");
                assertThat(paid).isEqualTo(200_000);
                assertThat(data.status(order)).isEqualTo("SEDANG_DIPROSES");
            } else {
                assertThat(approved).isEqualTo("error.confirmation.order-not-waiting");
                assertThat(recorded).isEqualTo("ok");
                assertThat(paid).isEqualTo(150_000);
                assertThat(data.status(order)).isEqualTo("DOWN_PAYMENT");
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class,
                    order.getId())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_cancelled_order_supersedes_its_confirmation_and_rejecting_it_afterwards_changes_nothing() {
        SalesOrder order = anOrder(OrderSource.FORM);
        PaymentConfirmation confirmation = as("cs", "CS", () -> payments.submit(submit(order, 100_000, null)));

        asAdmin(() -> orders.cancel(java.util.List.of(order.getOrderNumber()), "Pembeli batal"));

        assertThat(asAdmin(() -> payments.confirmations(order.getId()))).singleElement()
                .extracting(PaymentConfirmation::getState).isEqualTo(ConfirmationState.SUPERSEDED);
        int auditRows = data.auditRows(order);
        assertThatThrownBy(() -> as("cs", "CS", () -> payments.reject(confirmation.getId(), confirmation.getVersion(),
                "Dana belum masuk"))).hasMessageContaining("error.confirmation.order-not-waiting");
        assertThat(data.status(order)).isEqualTo("CANCEL");
        assertThat(data.auditRows(order)).isEqualTo(auditRows);
    }

    /** A confirmation left pending by older code on an order that is no longer in Konfirmasi. */
    @Test
    void a_pending_confirmation_on_an_order_outside_konfirmasi_cannot_be_approved() {
        SalesOrder order = anOrder(OrderSource.FORM);
        long id = data.pendingConfirmation(order, 100_000);

        assertThatThrownBy(() -> as("cs", "CS", () -> payments.approve(id, 0)))
                .hasMessageContaining("error.confirmation.order-not-waiting");
        assertThat(data.status(order)).isEqualTo("BELUM_BAYAR");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Integer.class,
                order.getId())).isZero();
    }

    @Test
    void the_warehouse_may_not_decide_or_read_confirmations() {
        SalesOrder order = anOrder(OrderSource.FORM);
        PaymentConfirmation confirmation = asAdmin(() -> payments.submit(submit(order, 100_000, null)));

        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> payments.approve(confirmation.getId(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> payments.pendingConfirmation(order.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("gudang", "GUDANG", () -> payments.confirmations(order.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.status(order)).isEqualTo("KONFIRMASI");
    }

    /** Issue 11, defect 8: payment notes and rejection reasons are money talk, not for the warehouse. */
    @Test
    void the_warehouse_reads_the_timeline_without_payment_notes_or_rejection_reasons() {
        SalesOrder order = anOrder(OrderSource.FORM);
        PaymentConfirmation confirmation = asAdmin(() -> payments.submit(submit(order, 100_000, null)));
        asAdmin(() -> payments.reject(confirmation.getId(), confirmation.getVersion(), "Transfer Rp 90.000 kurang"));
        asAdmin(() -> payments.record(new PaymentCommands.RecordPayment(order.getOrderNumber(), PaymentKind.FULL,
                "TUNAI", 100_000, LocalDate.now(), "Lunas Rp 100.000 tunai")));

        assertThat(asAdmin(() -> orders.history(order.getId()))).extracting(id.orderan.order.StatusChange::getNote)
                .contains("Transfer Rp 90.000 kurang", "Lunas Rp 100.000 tunai");
        assertThat(as("gudang", "GUDANG", () -> orders.history(order.getId())))
                .hasSize(asAdmin(() -> orders.history(order.getId())).size())
                .extracting(id.orderan.order.StatusChange::getNote).allMatch(note -> note == null);
    }

    private SalesOrder anOrder(OrderSource source) {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 100_000);
        return data.order(budi, source, kopi, 1);
    }

    private static PaymentCommands.SubmitConfirmation submit(SalesOrder order, long amount, ProofFile proof) {
        return new PaymentCommands.SubmitConfirmation(order.getOrderNumber(), "BCA", "BUDI SANTOSO", amount,
                LocalDate.now().minusDays(1), proof, "Sudah transfer ya kak");
    }
}
