package id.orderan.order;

import java.util.Set;

/**
 * What an order action needs to know to say whether it applies: the order's status, whether it is a COD
 * order, the moves the current user may make from that status, and what the user may do besides. The
 * services decide; an action only mirrors them so that it is not offered in vain.
 *
 * @param moves       {@link OrderService#movesFor(OrderStatus)} for the current user
 * @param maySeeMoney ADMIN or CS: amounts, payments, confirmations, follow-ups
 * @param mayShip     ADMIN or GUDANG: resi and delivery
 * @see <a href="../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
public record OrderActionContext(OrderStatus status, boolean cod, Set<OrderStatus> moves, boolean maySeeMoney,
        boolean mayShip) {

    public OrderActionContext {
        moves = Set.copyOf(moves);
    }

    public boolean mayMove(OrderStatus to) {
        return moves.contains(to);
    }
}
