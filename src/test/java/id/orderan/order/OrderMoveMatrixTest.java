package id.orderan.order;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.orderan.base.BusinessException;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.payment.PaymentCommands;
import id.orderan.payment.PaymentConfirmation;
import id.orderan.payment.PaymentKind;
import id.orderan.payment.PaymentService;
import id.orderan.security.Role;
import id.orderan.order.Courier;
import id.orderan.shipping.ResiCommand;
import id.orderan.shipping.ShippingService;
import id.orderan.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Role × move matrix over the services that move orders (issue 11, defect 14). Each case starts
 * from an empty shop, walks one order to its starting status the way staff would (as an admin,
 * through the real services), then lets one role try one staff action:
 * <ul>
 * <li>every move of {@link OrderTransitions}, through the feature service that performs it, for
 * ADMIN, CS and GUDANG: the roles allowed succeed (status, audit row by that user), the others are
 * refused with {@link AccessDeniedException} and nothing changes;</li>
 * <li>every other status × action pair (an action that would not be a move from there): refused for
 * every role, with nothing changed.</li>
 * </ul>
 * "Nothing changed" compares the order row, its lines and timeline, stock and stock movements,
 * payments, confirmations, shipments and the status counters before and after. After every case the
 * maintained counters ({@code order_status_count}) equal a recount of {@code sales_order} for each
 * status, not only in total. Who may make each move is written out here (the architecture page's
 * table) independently of {@link OrderTransitions}, and a test checks the two agree.
 *
 * <p>Cash on delivery (issue 11, defect 9) adds COD orders on their path (Belum Bayar, packed unpaid
 * by Proses COD, shipped) and two actions, Proses COD and COD ditolak, which every order that is not
 * COD refuses. A COD order's non-moves are checked for the COD path's actions only; its other
 * actions are those of any order.
 */
class OrderMoveMatrixTest extends IntegrationTest {

    private static final Set<Role> MONEY = EnumSet.of(Role.ADMIN, Role.CS);
    private static final Set<Role> WAREHOUSE = EnumSet.of(Role.ADMIN, Role.GUDANG);
    private static final Set<Role> BUYER = EnumSet.of(Role.BUYER);
    private static final int STOCK = 10;
    private static final int QUANTITY = 2;
    private static final long DOWN_PAYMENT = 50_000;

    /** Where an order is before the action, and how it got there. */
    enum Start {
        BELUM_BAYAR(OrderStatus.BELUM_BAYAR),
        DOWN_PAYMENT(OrderStatus.DOWN_PAYMENT),
        KONFIRMASI(OrderStatus.KONFIRMASI),
        KONFIRMASI_AFTER_DP(OrderStatus.KONFIRMASI),
        SEDANG_DIPROSES(OrderStatus.SEDANG_DIPROSES),
        PROSES_PENGIRIMAN(OrderStatus.PROSES_PENGIRIMAN),
        SUKSES(OrderStatus.SUKSES),
        CANCEL(OrderStatus.CANCEL),
        RETUR(OrderStatus.RETUR),
        COD_BELUM_BAYAR(OrderStatus.BELUM_BAYAR),
        COD_SEDANG_DIPROSES(OrderStatus.SEDANG_DIPROSES),
        COD_PROSES_PENGIRIMAN(OrderStatus.PROSES_PENGIRIMAN);

        final OrderStatus status;

        Start(OrderStatus status) {
            this.status = status;
        }

        boolean cod() {
            return name().startsWith("COD_");
        }

        String label() {
            return this == KONFIRMASI_AFTER_DP ? "KONFIRMASI (after a DP)"
                    : cod() ? "COD " + status.name() : status.name();
        }
    }

    /** The staff actions that move an order, each owned by its feature service. */
    enum Action {
        RECORD_DOWN_PAYMENT("recording a down payment"),
        RECORD_FULL_PAYMENT("recording the full payment (Tandai lunas)"),
        SUBMIT_CONFIRMATION("submitting a payment confirmation"),
        BUYER_CONFIRMATION("confirming the payment on the buyer's page (decision 0131)"),
        APPROVE_CONFIRMATION("approving the payment confirmation"),
        REJECT_CONFIRMATION("rejecting the payment confirmation"),
        ENTER_RESI("entering a resi"),
        MARK_DELIVERED("marking it delivered"),
        CANCEL("cancelling it"),
        RETUR_RESTOCK("returning it with restock"),
        RETUR_DAMAGED("returning it without restock"),
        PROSES_COD("packing it unpaid with Proses COD"),
        COD_REFUSED("returning the refused COD parcel (COD ditolak)");

        final String words;

        Action(String words) {
            this.words = words;
        }

        boolean releasesStock() {
            return this == CANCEL || this == RETUR_RESTOCK || this == COD_REFUSED;
        }

        /** Delivering a COD order records what the courier collected. */
        boolean recordsPayment(Start from) {
            return this == RECORD_DOWN_PAYMENT || this == RECORD_FULL_PAYMENT || this == APPROVE_CONFIRMATION
                    || (this == MARK_DELIVERED && from.cod());
        }

        /** The actions a COD order's non-moves are checked for: its own path. */
        boolean onCodPath() {
            return this == PROSES_COD || this == COD_REFUSED || this == MARK_DELIVERED;
        }
    }

    record Move(Start from, OrderStatus to, Action action, Set<Role> roles) {}

    /** Every move of the state machine, by the action(s) that make it, and who may: the seller's manual. */
    static final List<Move> MOVES = List.of(
            new Move(Start.BELUM_BAYAR, OrderStatus.DOWN_PAYMENT, Action.RECORD_DOWN_PAYMENT, MONEY),
            new Move(Start.BELUM_BAYAR, OrderStatus.KONFIRMASI, Action.SUBMIT_CONFIRMATION, MONEY),
            new Move(Start.BELUM_BAYAR, OrderStatus.KONFIRMASI, Action.BUYER_CONFIRMATION, BUYER),
            new Move(Start.BELUM_BAYAR, OrderStatus.SEDANG_DIPROSES, Action.RECORD_FULL_PAYMENT, MONEY),
            new Move(Start.BELUM_BAYAR, OrderStatus.CANCEL, Action.CANCEL, MONEY),
            new Move(Start.DOWN_PAYMENT, OrderStatus.KONFIRMASI, Action.SUBMIT_CONFIRMATION, MONEY),
            new Move(Start.DOWN_PAYMENT, OrderStatus.KONFIRMASI, Action.BUYER_CONFIRMATION, BUYER),
            new Move(Start.DOWN_PAYMENT, OrderStatus.SEDANG_DIPROSES, Action.RECORD_FULL_PAYMENT, MONEY),
            new Move(Start.DOWN_PAYMENT, OrderStatus.CANCEL, Action.CANCEL, MONEY),
            new Move(Start.KONFIRMASI, OrderStatus.SEDANG_DIPROSES, Action.APPROVE_CONFIRMATION, MONEY),
            new Move(Start.KONFIRMASI, OrderStatus.SEDANG_DIPROSES, Action.RECORD_FULL_PAYMENT, MONEY),
            new Move(Start.KONFIRMASI_AFTER_DP, OrderStatus.SEDANG_DIPROSES, Action.APPROVE_CONFIRMATION, MONEY),
            new Move(Start.KONFIRMASI, OrderStatus.BELUM_BAYAR, Action.REJECT_CONFIRMATION, MONEY),
            new Move(Start.KONFIRMASI_AFTER_DP, OrderStatus.DOWN_PAYMENT, Action.REJECT_CONFIRMATION, MONEY),
            new Move(Start.KONFIRMASI_AFTER_DP, OrderStatus.SEDANG_DIPROSES, Action.RECORD_FULL_PAYMENT, MONEY),
            new Move(Start.KONFIRMASI, OrderStatus.DOWN_PAYMENT, Action.RECORD_DOWN_PAYMENT, MONEY),
            new Move(Start.KONFIRMASI_AFTER_DP, OrderStatus.DOWN_PAYMENT, Action.RECORD_DOWN_PAYMENT, MONEY),
            new Move(Start.KONFIRMASI, OrderStatus.CANCEL, Action.CANCEL, MONEY),
            new Move(Start.KONFIRMASI_AFTER_DP, OrderStatus.CANCEL, Action.CANCEL, MONEY),
            new Move(Start.SEDANG_DIPROSES, OrderStatus.PROSES_PENGIRIMAN, Action.ENTER_RESI, WAREHOUSE),
            new Move(Start.SEDANG_DIPROSES, OrderStatus.CANCEL, Action.CANCEL, MONEY),
            new Move(Start.PROSES_PENGIRIMAN, OrderStatus.SUKSES, Action.MARK_DELIVERED, WAREHOUSE),
            new Move(Start.PROSES_PENGIRIMAN, OrderStatus.RETUR, Action.RETUR_RESTOCK, MONEY),
            new Move(Start.PROSES_PENGIRIMAN, OrderStatus.RETUR, Action.RETUR_DAMAGED, MONEY),
            new Move(Start.SUKSES, OrderStatus.RETUR, Action.RETUR_RESTOCK, MONEY),
            new Move(Start.SUKSES, OrderStatus.RETUR, Action.RETUR_DAMAGED, MONEY),
            new Move(Start.COD_BELUM_BAYAR, OrderStatus.SEDANG_DIPROSES, Action.PROSES_COD, MONEY),
            new Move(Start.COD_BELUM_BAYAR, OrderStatus.SEDANG_DIPROSES, Action.RECORD_FULL_PAYMENT, MONEY),
            new Move(Start.COD_SEDANG_DIPROSES, OrderStatus.PROSES_PENGIRIMAN, Action.ENTER_RESI, WAREHOUSE),
            new Move(Start.COD_SEDANG_DIPROSES, OrderStatus.CANCEL, Action.CANCEL, MONEY),
            new Move(Start.COD_PROSES_PENGIRIMAN, OrderStatus.SUKSES, Action.MARK_DELIVERED, WAREHOUSE),
            new Move(Start.COD_PROSES_PENGIRIMAN, OrderStatus.RETUR, Action.COD_REFUSED, MONEY));

    /**
     * Actions that change something without a status move, so they are neither a move nor refused:
     * a further DP instalment, a corrected resi. (Approving a confirmation once the order has left
     * Konfirmasi is refused like any other action that is not a move: issue 11, defect 1.)
     */
    private static final Set<String> NOT_A_MOVE_BUT_ALLOWED = Set.of(
            key(Start.DOWN_PAYMENT, Action.RECORD_DOWN_PAYMENT),
            key(Start.PROSES_PENGIRIMAN, Action.ENTER_RESI));

    @Autowired
    OrderService orders;

    @Autowired
    OrderQueryService orderQueries;

    @Autowired
    PaymentService payments;

    @Autowired
    ShippingService shipping;

    @Autowired
    JdbcTemplate jdbc;

    // ---- the cases -----------------------------------------------------------------------------

    static Stream<Arguments> roleTimesMove() {
        List<Arguments> cases = new ArrayList<>();
        for (Move move : MOVES) {
            for (Role role : Role.values()) {
                boolean allowed = move.roles().contains(role);
                String name = "%s %s move %s → %s by %s".formatted(role, allowed ? "may" : "may not",
                        move.from().label(), move.to(), move.action().words);
                cases.add(Arguments.of(Named.of(name, move), role));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> roleTimesNonMove() {
        Set<String> moves = MOVES.stream().map(m -> key(m.from(), m.action())).collect(Collectors.toSet());
        List<Arguments> cases = new ArrayList<>();
        for (Start from : Start.values()) {
            for (Action action : Action.values()) {
                String key = key(from, action);
                if (moves.contains(key) || NOT_A_MOVE_BUT_ALLOWED.contains(key)
                        || (from.cod() && !action.onCodPath())) {
                    continue;
                }
                for (Role role : Role.values()) {
                    String name = "%s is refused %s on a %s order, nothing changes".formatted(role, action.words,
                            from.label());
                    cases.add(Arguments.of(Named.of(name, from), action, role));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void the_matrix_covers_exactly_the_moves_and_roles_of_order_transitions() {
        Map<String, Set<Role>> expected = new LinkedHashMap<>();
        for (Move move : MOVES) {
            // a move's roles are everyone who may make it by some action (staff's and the buyer's confirmation)
            expected.merge(move.from().status + " → " + move.to(), move.roles(), (a, b) -> {
                Set<Role> union = EnumSet.copyOf(a);
                union.addAll(b);
                return union;
            });
        }
        Map<String, Set<Role>> actual = new LinkedHashMap<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderTransitions.targets(from)) {
                actual.put(from + " → " + to, OrderTransitions.rolesFor(from, to));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roleTimesMove")
    void a_move_succeeds_for_the_roles_allowed_and_is_refused_with_nothing_changed_for_the_others(Move move,
            Role role) {
        Fixture fixture = startAt(move.from(), move.action());
        Snapshot before = snapshot(fixture);
        int auditBefore = data.auditRows(fixture.order);

        Throwable refusal = catchThrowable(() -> as(username(role), role.name(), () -> {
            perform(move.action(), fixture);
            return null;
        }));

        if (move.roles().contains(role)) {
            assertThat(refusal).as("%s may make this move", role).isNull();
            assertThat(data.status(fixture.order)).isEqualTo(move.to().name());
            assertThat(jdbc.queryForMap("SELECT from_status, to_status, changed_by FROM order_status_change"
                    + " WHERE order_id = ? AND from_status <> to_status ORDER BY id DESC LIMIT 1", fixture.order.getId()))
                    .as("the timeline says who moved it").containsEntry("from_status", move.from().status.name())
                    .containsEntry("to_status", move.to().name()).containsEntry("changed_by", username(role));
            assertThat(data.auditRows(fixture.order)).isGreaterThan(auditBefore);
            assertThat(data.stock(fixture.product)).as("stock")
                    .isEqualTo(move.action().releasesStock() ? STOCK : STOCK - QUANTITY);
            assertThat(paymentRows(fixture)).as("payments")
                    .isEqualTo(before.paymentCount() + (move.action().recordsPayment(move.from()) ? 1 : 0));
        } else {
            assertThat(refusal).as("%s may not make this move", role).isInstanceOf(AccessDeniedException.class);
            assertThat(snapshot(fixture)).as("nothing changed").isEqualTo(before);
        }
        assertCountersMatchARecountPerStatus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roleTimesNonMove")
    void an_action_that_is_no_move_from_the_orders_status_is_refused_for_every_role_with_nothing_changed(Start from,
            Action action, Role role) {
        Fixture fixture = startAt(from, action);
        Snapshot before = snapshot(fixture);

        Throwable refusal = catchThrowable(() -> as(username(role), role.name(), () -> {
            perform(action, fixture);
            return null;
        }));

        assertThat(refusal).as("refused").isInstanceOfAny(AccessDeniedException.class, BusinessException.class);
        // the buyer's entry point refuses staff by role before any rule (decision 0131)
        if (role == Role.ADMIN && action != Action.BUYER_CONFIRMATION) {
            assertThat(refusal).as("an admin is told why, in words").isInstanceOf(BusinessException.class);
        }
        assertThat(snapshot(fixture)).as("nothing changed").isEqualTo(before);
        assertCountersMatchARecountPerStatus();
    }

    // ---- getting an order to its starting status, as staff would ----------------------------------

    private record Fixture(SalesOrder order, Product product) {}

    private Fixture startAt(Start start, Action action) {
        Customer buyer = data.customer().email(null).create();
        Product product = data.product("Kopi Gayo", 100_000, STOCK);
        SalesOrder order = start.cod() ? data.codOrder(buyer, product, QUANTITY)
                : data.order(buyer, OrderSource.MANUAL, product, QUANTITY);
        String number = order.getOrderNumber();
        asAdmin(() -> {
            switch (start) {
                case BELUM_BAYAR -> { }
                case DOWN_PAYMENT -> payments.record(downPayment(number));
                case KONFIRMASI -> payments.submit(confirmation(number, order.getGrandTotal()));
                case KONFIRMASI_AFTER_DP -> {
                    payments.record(downPayment(number));
                    payments.submit(confirmation(number, order.getGrandTotal() - DOWN_PAYMENT));
                }
                case SEDANG_DIPROSES -> payments.markPaid(number, "TRANSFER");
                case PROSES_PENGIRIMAN -> {
                    payments.markPaid(number, "TRANSFER");
                    shipping.enterResi(resi(order, 10_000_000));
                }
                case SUKSES -> {
                    payments.markPaid(number, "TRANSFER");
                    shipping.enterResi(resi(order, 10_000_000));
                    shipping.markDelivered(List.of(number));
                }
                case CANCEL -> orders.cancel(List.of(number), "Pembeli minta batal");
                case RETUR -> {
                    payments.markPaid(number, "TRANSFER");
                    shipping.enterResi(resi(order, 10_000_000));
                    orders.retur(List.of(number), "Alamat tidak ditemukan", true);
                }
                case COD_BELUM_BAYAR -> { }
                case COD_SEDANG_DIPROSES -> orders.processCod(number);
                case COD_PROSES_PENGIRIMAN -> {
                    orders.processCod(number);
                    shipping.enterResi(resi(order, 10_000_000));
                }
            }
            return null;
        });
        assertThat(data.status(order)).as("the order reached its starting status").isEqualTo(start.status.name());
        assertCountersMatchARecountPerStatus();
        boolean decides = action == Action.APPROVE_CONFIRMATION || action == Action.REJECT_CONFIRMATION;
        if (decides && asAdmin(() -> payments.pendingConfirmation(order.getId())).isEmpty()) {
            // an order not in Konfirmasi has none: one as if a buyer had sent it, so the service must look at the order
            data.pendingConfirmation(order, order.getGrandTotal());
        }
        return new Fixture(asAdmin(() -> orderQueries.getById(order.getId())), product);
    }

    private void perform(Action action, Fixture fixture) {
        String number = fixture.order.getOrderNumber();
        switch (action) {
            case RECORD_DOWN_PAYMENT -> payments.record(downPayment(number));
            case RECORD_FULL_PAYMENT -> payments.markPaid(number, "TRANSFER");
            case SUBMIT_CONFIRMATION -> payments.submit(confirmation(number, fixture.order.getGrandTotal()));
            case BUYER_CONFIRMATION -> payments.submitAsBuyer(new PaymentCommands.BuyerConfirmation(
                    fixture.order.getBuyerToken(), java.util.UUID.randomUUID().toString(), "", "BCA", "BUDI SANTOSO",
                    fixture.order.getGrandTotal(), LocalDate.now().minusDays(1), new id.orderan.payment.ProofFile("b.png",
                            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})));
            case APPROVE_CONFIRMATION -> {
                PaymentConfirmation pending = pendingConfirmation(fixture);
                payments.approve(pending.getId(), pending.getVersion());
            }
            case REJECT_CONFIRMATION -> {
                PaymentConfirmation pending = pendingConfirmation(fixture);
                payments.reject(pending.getId(), pending.getVersion(), "Transfer tidak masuk");
            }
            case ENTER_RESI -> shipping.enterResi(resi(fixture.order, 20_000_000));
            case MARK_DELIVERED -> shipping.markDelivered(List.of(number));
            case CANCEL -> orders.cancel(List.of(number), "Pembeli minta batal");
            case RETUR_RESTOCK -> orders.retur(List.of(number), "Paket kembali", true);
            case RETUR_DAMAGED -> orders.retur(List.of(number), "Barang rusak", false);
            case PROSES_COD -> orders.processCod(number);
            case COD_REFUSED -> orders.codRefused(number);
        }
    }

    /** The confirmation staff would open, looked up as an admin so that the role under test only acts. */
    private PaymentConfirmation pendingConfirmation(Fixture fixture) {
        return asAdmin(() -> payments.pendingConfirmation(fixture.order.getId())).orElseThrow();
    }

    private static PaymentCommands.RecordPayment downPayment(String number) {
        return new PaymentCommands.RecordPayment(number, PaymentKind.DP, "TRANSFER", DOWN_PAYMENT, LocalDate.now(),
                null);
    }

    private static PaymentCommands.SubmitConfirmation confirmation(String number, long amount) {
        return new PaymentCommands.SubmitConfirmation(number, "BCA", "BUDI SANTOSO", amount,
                LocalDate.now().minusDays(1), null, null);
    }

    private static ResiCommand resi(SalesOrder order, long base) {
        return new ResiCommand(order.getOrderNumber(), Courier.JNE, "REG", "JN" + (base + order.getId()), false);
    }

    // ---- what "nothing changed" means ----------------------------------------------------------------

    /** Everything a move could touch, as plain values that compare with equals. */
    private record Snapshot(Map<String, Object> order, List<Map<String, Object>> lines,
            List<Map<String, Object>> timeline, int stock, long stockMovements, long paymentCount,
            List<Map<String, Object>> payments, List<Map<String, Object>> confirmations,
            List<Map<String, Object>> shipments, Map<OrderStatus, Long> counters) {}

    private Snapshot snapshot(Fixture fixture) {
        long id = fixture.order.getId();
        return new Snapshot(
                jdbc.queryForMap("SELECT * FROM sales_order WHERE id = ?", id),
                jdbc.queryForList("SELECT * FROM order_line WHERE order_id = ? ORDER BY id", id),
                jdbc.queryForList("SELECT * FROM order_status_change WHERE order_id = ? ORDER BY id", id),
                data.stock(fixture.product),
                jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement", Long.class),
                paymentRows(fixture),
                jdbc.queryForList("SELECT * FROM payment WHERE order_id = ? ORDER BY id", id),
                jdbc.queryForList("SELECT * FROM payment_confirmation WHERE order_id = ? ORDER BY id", id),
                jdbc.queryForList("SELECT * FROM shipment WHERE order_id = ? ORDER BY id", id),
                counters());
    }

    private long paymentRows(Fixture fixture) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment WHERE order_id = ?", Long.class,
                fixture.order.getId());
    }

    // ---- counters ------------------------------------------------------------------------------------

    private void assertCountersMatchARecountPerStatus() {
        Map<OrderStatus, Long> recount = zeroPerStatus();
        jdbc.query("SELECT status, COUNT(*) FROM sales_order GROUP BY status",
                rs -> {
                    recount.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        assertThat(counters()).as("order_status_count per status").isEqualTo(recount);
        StatusCounts tabs = as("cs", Role.CS.name(), () -> orderQueries.counts(OrderFilter.all()));
        assertThat(tabs.byStatus()).as("the List Order tab counts").isEqualTo(recount);
    }

    private Map<OrderStatus, Long> counters() {
        Map<OrderStatus, Long> counts = zeroPerStatus();
        jdbc.query("SELECT status, SUM(order_count) FROM order_status_count GROUP BY status",
                rs -> {
                    counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private static Map<OrderStatus, Long> zeroPerStatus() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    private static String key(Start from, Action action) {
        return from + "/" + action;
    }

    private static String username(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
