package id.orderan.warehouse.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.JakartaTime;
import id.orderan.order.CourierService;
import id.orderan.security.AppRoles;
import id.orderan.warehouse.QueueCounts;
import id.orderan.warehouse.QueueOrder;
import id.orderan.warehouse.WarehouseQueueService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Gudang home: the three queues of the packing table, oldest work first. Siap dikemas with its counts
 * per age (today, yesterday, older, Asia/Jakarta) and per courier (chips that filter the list); tapping
 * an order opens it at the packing table ({@code gudang/kemas?order=…}). Sudah dikemas, menunggu resi;
 * Siap diserahkan. The numbers and lists follow the orders live ({@link WarehouseBroadcaster}). The
 * landing page of GUDANG ({@link GudangLanding}).
 *
 * <p>Ids: {@code home-ready}, {@code home-packed}, {@code home-handover} (sections, with {@code -count});
 * {@code home-age-today|yesterday|older}; courier chips {@code home-courier-<code>}.
 *
 * @see <a href="../../../../../../../docs/decisions/0170-gudang-queues.md">0170</a>
 */
@Route(value = "gudang", layout = WarehouseLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS, AppRoles.GUDANG})
public class WarehouseHomeView extends Div implements HasDynamicTitle {

    static final String PACK_ROUTE = "gudang/kemas";

    private final WarehouseQueueService queues;
    private final WarehouseBroadcaster broadcaster;
    private final Clock clock;
    private final CourierNames couriers;
    private final Span today = ageTile("home-age-today");
    private final Span yesterday = ageTile("home-age-yesterday");
    private final Span older = ageTile("home-age-older");
    private final CourierChips chips;
    private final QueueSection ready;
    private final QueueSection packed;
    private final QueueSection handover;
    private @Nullable Registration push;

    public WarehouseHomeView(WarehouseQueueService queues, CourierService courierService,
            WarehouseBroadcaster broadcaster, Clock clock) {
        this.queues = queues;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.couriers = new CourierNames(courierService, this);
        addClassName("orderan-warehouse-home");
        add(new H2(getTranslation("warehouse.title")));
        ready = new QueueSection("home-ready", getTranslation("warehouse.queue.ready"),
                (offset, limit) -> queues.readyToPack(chipsChosen(), offset, limit), order -> card(order, true));
        packed = new QueueSection("home-packed", getTranslation("warehouse.queue.packed"),
                queues::packedAwaitingResi, order -> card(order, true));
        handover = new QueueSection("home-handover", getTranslation("warehouse.queue.handover"),
                queues::readyToHandOver, order -> card(order, false));
        chips = new CourierChips("home-courier", couriers, code -> refresh());
        var ages = new Div(today, yesterday, older);
        ages.addClassName("orderan-age-tiles");
        ready.addComponentAsFirst(chips);
        ready.addComponentAtIndex(1, ages);
        var columns = new Div(ready, packed, handover);
        columns.addClassName("orderan-queues");
        add(columns);
        refresh();
    }

    private @Nullable String chipsChosen() {
        return chips == null ? null : chips.chosen();
    }

    /** Everything again: one grouped count query, then a page per queue. */
    void refresh() {
        QueueCounts counts = queues.counts();
        today.setText(getTranslation("warehouse.age.today") + " " + counts.today());
        yesterday.setText(getTranslation("warehouse.age.yesterday") + " " + counts.yesterday());
        older.setText(getTranslation("warehouse.age.older") + " " + counts.older());
        chips.show(counts);
        String chosen = chips.chosen();
        int readyTotal = chosen == null ? counts.readyToPack() : counts.couriers().stream()
                .filter(c -> chosen.equals(c.courier() == null ? "" : c.courier()))
                .mapToInt(QueueCounts.CourierCount::readyToPack).sum();
        ready.reload(readyTotal);
        packed.reload(counts.packed());
        handover.reload(counts.readyToHandOver());
    }

    private QueueCard card(QueueOrder order, boolean opensAtTable) {
        LocalDate day = JakartaTime.today(clock);
        return new QueueCard(order, couriers, day, opensAtTable ? packingTable(order.orderNumber()) : null);
    }

    /** Where the packing table opens an order (scan-to-pack, another view of the station). */
    static String packingTable(String orderNumber) {
        return PACK_ROUTE + "?" + QueryParameters.of("order", orderNumber).getQueryString();
    }

    private static Span ageTile(String id) {
        var tile = new Span();
        tile.setId(id);
        tile.addClassName("orderan-age-tile");
        return tile;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        push = broadcaster.register(event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (push != null) {
            push.remove();
            push = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warehouse.title");
    }
}
