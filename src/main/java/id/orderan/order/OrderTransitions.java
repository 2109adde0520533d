package id.orderan.order;

import id.orderan.security.Permissions;
import id.orderan.security.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of an order, in one place: which moves exist and who may make them.
 *
 * <pre>
 * BELUM_BAYAR ─DP (manual)→ DOWN_PAYMENT ─rest paid→ SEDANG_DIPROSES ─resi→ PROSES_PENGIRIMAN ─delivered→ SUKSES
 *      │  ╲──confirmation──→ KONFIRMASI ──approved──↗        │                    │                        │
 *      │   ╲──paid in full───────────────────────────↗        │                    └────────retur──────→ RETUR ←┘
 *      └──────── cancel (any time before shipping) ──────────→ CANCEL
 * KONFIRMASI ─rejected→ BELUM_BAYAR (or DOWN_PAYMENT when a DP was paid)
 * </pre>
 *
 * <p>Cash on delivery (COD orders only) takes two of these moves on its own terms: "Proses COD" goes
 * BELUM_BAYAR → SEDANG_DIPROSES without a payment (the courier collects on delivery, which records
 * the payment), and "COD ditolak" goes PROSES_PENGIRIMAN → RETUR when the buyer refuses the parcel.
 *
 * @see <a href="../../../../../../docs/decisions/0072-cash-on-delivery-path.md">0072 cash on delivery</a>
 */
public final class OrderTransitions {

    private static final Set<Role> MONEY = Permissions.MONEY_ROLES;
    private static final Set<Role> WAREHOUSE = Permissions.WAREHOUSE_ROLES;
    /** The buyer's only moves: "I transferred" (decision 0131). */
    private static final Set<Role> CONFIRMS = Permissions.CONFIRMATION_ROLES;

    private static final Map<OrderStatus, Map<OrderStatus, Set<Role>>> MOVES = new EnumMap<>(OrderStatus.class);

    static {
        allow(OrderStatus.BELUM_BAYAR, OrderStatus.DOWN_PAYMENT, MONEY);
        allow(OrderStatus.BELUM_BAYAR, OrderStatus.KONFIRMASI, CONFIRMS);
        allow(OrderStatus.BELUM_BAYAR, OrderStatus.SEDANG_DIPROSES, MONEY);
        allow(OrderStatus.BELUM_BAYAR, OrderStatus.CANCEL, MONEY);
        allow(OrderStatus.DOWN_PAYMENT, OrderStatus.KONFIRMASI, CONFIRMS);
        allow(OrderStatus.DOWN_PAYMENT, OrderStatus.SEDANG_DIPROSES, MONEY);
        allow(OrderStatus.DOWN_PAYMENT, OrderStatus.CANCEL, MONEY);
        allow(OrderStatus.KONFIRMASI, OrderStatus.SEDANG_DIPROSES, MONEY);
        allow(OrderStatus.KONFIRMASI, OrderStatus.BELUM_BAYAR, MONEY);
        allow(OrderStatus.KONFIRMASI, OrderStatus.DOWN_PAYMENT, MONEY);
        allow(OrderStatus.KONFIRMASI, OrderStatus.CANCEL, MONEY);
        allow(OrderStatus.SEDANG_DIPROSES, OrderStatus.PROSES_PENGIRIMAN, WAREHOUSE);
        allow(OrderStatus.SEDANG_DIPROSES, OrderStatus.CANCEL, MONEY);
        allow(OrderStatus.PROSES_PENGIRIMAN, OrderStatus.SUKSES, WAREHOUSE);
        allow(OrderStatus.PROSES_PENGIRIMAN, OrderStatus.RETUR, MONEY);
        allow(OrderStatus.SUKSES, OrderStatus.RETUR, MONEY);
    }

    private OrderTransitions() {}

    private static void allow(OrderStatus from, OrderStatus to, Set<Role> roles) {
        MOVES.computeIfAbsent(from, f -> new EnumMap<>(OrderStatus.class)).put(to, Set.copyOf(roles));
    }

    public static boolean exists(OrderStatus from, OrderStatus to) {
        return MOVES.getOrDefault(from, Map.of()).containsKey(to);
    }

    /** Roles that may make the move; empty when the move does not exist. */
    public static Set<Role> rolesFor(OrderStatus from, OrderStatus to) {
        return MOVES.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
    }

    public static Set<OrderStatus> targets(OrderStatus from) {
        return MOVES.getOrDefault(from, Map.of()).keySet();
    }

    /** "Proses COD": only a COD order, and only while nothing is paid or being confirmed. */
    public static boolean processesCod(OrderStatus from, boolean cod) {
        return cod && from == OrderStatus.BELUM_BAYAR;
    }

    /** "COD ditolak": only a COD parcel on its way (afterwards it is an ordinary retur). */
    public static boolean refusesCod(OrderStatus from, boolean cod) {
        return cod && from == OrderStatus.PROSES_PENGIRIMAN;
    }

    /**
     * Not yet paid in full ({@link OrderStatus#isUnpaid()}). What an edit may change in each status
     * is {@link OrderEditPolicy}'s rule, not this one.
     */
    public static boolean fullyEditable(OrderStatus status) {
        return status.isUnpaid();
    }
}
