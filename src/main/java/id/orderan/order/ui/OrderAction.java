package id.orderan.order.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.order.OrderActionContext;
import id.orderan.order.OrderSheet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Something that can be done to one order from the Aksi menu and the detail view. The order screens'
 * own actions are built in {@link OrderActions}; features above {@code order} (payment, shipping,
 * followup) contribute theirs as Spring beans, so {@code order} imports none of their dialogs.
 * <p>
 * Whether it {@linkplain #appliesTo applies} only mirrors what the feature's service allows, so the
 * action is not offered in vain; the service still decides (and refuses a hand-crafted request).
 *
 * @see <a href="../../../../../../../docs/decisions/0100-contributors-instead-of-imports.md">0100 contributors</a>
 */
@NamedInterface("ui")
public interface OrderAction {

    /** Where an action shows: the Aksi menu (List Order) and the detail view's buttons. */
    enum Place { MENU, DETAIL }

    /** Lower case with dashes: the buttons' ids are {@code action-<id>} and {@code detail-<id>}. */
    String id();

    default String labelKey() {
        return "order-action." + id();
    }

    /** The Aksi menu's icon. */
    VaadinIcon icon();

    /** The detail view's buttons carry no icon, except where this says otherwise. */
    default @Nullable VaadinIcon detailIcon() {
        return null;
    }

    /** Sort key among all actions: {@link OrderActions} places its own at 10, 20, … (see there). */
    int position();

    default Set<Place> places() {
        return Set.of(Place.MENU, Place.DETAIL);
    }

    boolean appliesTo(OrderActionContext context);

    /** A translation key saying why the action is shown disabled for this order (no phone, say), or null. */
    default @Nullable String unavailableKey(OrderSheet order) {
        return null;
    }

    /**
     * Does it or opens what it needs.
     *
     * @param order   as the current user may see it; dialogs about money read the full order themselves
     * @param refresh to call once the order changed
     * @return the dialog it opened, or null when it acted at once (or navigated)
     */
    @Nullable Dialog open(OrderSheet order, Runnable refresh);
}
