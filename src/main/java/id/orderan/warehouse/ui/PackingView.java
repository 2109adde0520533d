package id.orderan.warehouse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.BusinessException;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.order.OrderService;
import id.orderan.security.AppRoles;
import id.orderan.security.Permissions;
import id.orderan.warehouse.PackCodes;
import id.orderan.warehouse.PackingService;
import id.orderan.warehouse.PackingSheet;
import id.orderan.warehouse.ScanCommand;
import id.orderan.warehouse.ScanResult;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Scan-to-pack ({@code /gudang/kemas}, {@code ?order=INV-…} opens one directly): scan the order's barcode,
 * scan each item (a wrong one or one too many is refused, loud and red, and changes nothing), the last one
 * packs the order, then the resi (or the next order's barcode). Everything goes through one scan field
 * that keeps the focus (decision 0167). Ids: {@code scan-field}, {@code pack-status}, {@code pack-error}, {@code pack-start-over},
 * {@code pack-close}; the card and the resi step have theirs.
 *
 * @see <a href="../../../../../../../docs/decisions/0167-what-a-scan-may-mean.md">0167 what a scan may mean</a>
 * @see <a href="../../../../../../../docs/decisions/0166-who-packs-and-who-enters-the-resi.md">0166 who enters the resi</a>
 */
@Route(value = "gudang/kemas", layout = WarehouseLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS, AppRoles.GUDANG})
public class PackingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final PackingService packing;
    private final CourierService couriers;
    final ScanField scan;
    private final Div status = new Div();
    private final Div error = new Div();
    private final PackCard card = new PackCard();
    final ResiStep resi;
    private final Div actions = new Div();
    private @Nullable PackingSheet current;
    @Nullable ConfirmDialog startOverQuestion;

    public PackingView(PackingService packing, CourierService couriers, OrderService orders, Permissions permissions,
            Clock clock) {
        this.packing = packing;
        this.couriers = couriers;
        addClassName("orderan-pack");
        scan = new ScanField("scan-field", clock, this::scanned);
        status.setId("pack-status");
        status.addClassName("orderan-pack-status");
        error.setId("pack-error");
        error.addClassName("orderan-pack-error");
        error.getElement().setAttribute("role", "alert");
        resi = new ResiStep(packing, orders, couriers, permissions.mayShip(), this::refused, this::shipped,
                scan::focus);
        Button startOver = new Button(getTranslation("packing.start-over"), e -> askStartOver());
        startOver.setId("pack-start-over");
        startOver.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(getTranslation("packing.close"), e -> {
            show(null, null);
            scan.focus();
        });
        close.setId("pack-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.addClassName("orderan-pack-actions");
        actions.add(startOver, close);
        add(scan, error, status, card, resi, actions);
        clearError();
        show(null, null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("order")
                .filter(number -> !number.isBlank()).ifPresent(this::openOrder);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("packing.title");
    }

    /** What a scan means here: an order number opens that order; else an item while packing, a resi once packed. */
    private void scanned(String code) {
        if (current == null || PackCodes.isOrderNumber(code)) {
            openOrder(code);
        } else if (!current.packed()) {
            scanItem(current, code);
        } else if (resi.accepting()) {
            clearError();
            resi.submit(code);
        } else {
            refused(getTranslation("packing.scan-next-order"));
        }
        scan.focus();
    }

    private void openOrder(String code) {
        try {
            PackingSheet sheet = packing.open(code);
            clearError();
            show(sheet, null);
            ScanSounds.ok(UI.getCurrent());
        } catch (BusinessException refusal) {
            refused(refusal);
        }
    }

    private void scanItem(PackingSheet sheet, String code) {
        try {
            ScanResult result = packing.scanItem(new ScanCommand(sheet.orderNumber(), code, UUID.randomUUID().toString()));
            clearError();
            show(result.sheet(), result.tickedSku());
            if (result.packedNow()) {
                ScanSounds.done(UI.getCurrent());
            } else {
                ScanSounds.ok(UI.getCurrent());
            }
        } catch (BusinessException refusal) {
            refused(refusal);
            if ("error.packing.not-processing".equals(refusal.messageKey())) {
                show(null, null); // cancelled meanwhile: off the table
            }
        }
    }

    private void askStartOver() {
        PackingSheet sheet = current;
        if (sheet == null) {
            return;
        }
        startOverQuestion = new ConfirmDialog(getTranslation("packing.start-over"),
                getTranslation("packing.start-over-question", sheet.orderNumber()), getTranslation("packing.start-over"),
                confirmed -> {
                    try {
                        clearError();
                        show(packing.startOver(sheet.orderNumber()), null);
                    } catch (BusinessException refusal) {
                        refused(refusal);
                    }
                }, getTranslation("action.cancel"), cancelled -> { });
        startOverQuestion.setId("pack-start-over-question");
        startOverQuestion.setConfirmButtonTheme("error primary");
        startOverQuestion.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                scan.focus();
            }
        });
        startOverQuestion.open();
    }

    private void shipped(String orderNumber) {
        current = null;
        card.show(null, null, null);
        actions.setVisible(false);
        status.setText(getTranslation("packing.shipped", orderNumber));
        status.setClassName("orderan-pack-status--done", true);
        scan.setLabel(getTranslation("packing.scan-order"));
        ScanSounds.done(UI.getCurrent());
        scan.focus();
    }

    private void show(@Nullable PackingSheet sheet, @Nullable String justTicked) {
        current = sheet;
        Courier courier = sheet == null || sheet.courierCode() == null ? null
                : couriers.find(sheet.courierCode()).orElse(null);
        card.show(sheet, courier == null ? null : courier.label(), justTicked);
        resi.show(sheet, courier);
        actions.setVisible(sheet != null);
        status.setClassName("orderan-pack-status--done", sheet != null && sheet.packed());
        if (sheet == null) {
            status.setText(getTranslation("packing.scan-order-hint"));
            scan.setLabel(getTranslation("packing.scan-order"));
        } else if (sheet.packed()) {
            status.setText(getTranslation("packing.packed", sheet.orderNumber()));
            scan.setLabel(getTranslation(resi.accepting() ? "packing.scan-resi" : "packing.scan-order"));
        } else {
            status.setText(getTranslation("packing.progress", sheet.scannedUnits(), sheet.units()));
            scan.setLabel(getTranslation("packing.scan-item"));
        }
    }

    private void refused(BusinessException refusal) {
        refused(getTranslation(refusal.messageKey(), UiErrorHandler.translatedArgs(this, refusal.args())));
    }

    private void refused(String message) {
        error.setText(message);
        error.setVisible(true);
        ScanSounds.error(UI.getCurrent());
        scan.focus();
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }
}
