package id.orderan.order.ui;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Something that can be done to the orders ticked in List Order, contributed by a feature above
 * {@code order} (mark delivered, email or WhatsApp reminders). {@link OrderActions} runs it by id.
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
@NamedInterface("ui")
public interface BulkOrderAction {

    /** The bulk bar's button id is {@code bulk-<id>}. */
    String id();

    /** Mirrors the service's role check (it refuses the rest anyway). */
    boolean allowed(boolean maySeeMoney, boolean mayShip);

    /** @return the dialog it opened, or null when it acted at once */
    @Nullable Dialog open(List<String> orderNumbers, Runnable refresh);

    /** What opens a bulk action: the ticked order numbers and the list's refresh. */
    @FunctionalInterface
    interface Opener {
        @Nullable Dialog open(List<String> orderNumbers, Runnable refresh);
    }

    /** A bulk action for the money roles (ADMIN, CS), built from its id and what it opens. */
    static BulkOrderAction forMoneyRoles(String id, Opener opener) {
        return new BulkOrderAction() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean allowed(boolean maySeeMoney, boolean mayShip) {
                return maySeeMoney;
            }

            @Override
            public @Nullable Dialog open(List<String> orderNumbers, Runnable refresh) {
                return opener.open(orderNumbers, refresh);
            }
        };
    }
}
