package id.orderan.warehouse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import id.orderan.base.ui.Notifications;
import id.orderan.warehouse.DeliveredParcel;
import id.orderan.warehouse.DeliveredService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Diterima in bulk: scan the parcels the courier reports delivered (resi or order number) into a batch,
 * then mark them all Sukses at once. Each scan is checked as it goes in; nothing changes until "Tandai
 * diterima". Ids: {@code delivered-scan}, {@code delivered-error}, {@code delivered-count},
 * {@code delivered-parcels}, {@code delivered-apply}.
 */
class DeliveredPanel extends Div {

    private final DeliveredService delivered;
    private final List<DeliveredParcel> batch = new ArrayList<>();
    private final ScanField scan;
    private final HandoverFeedback feedback = new HandoverFeedback("delivered-error");
    private final Span count = new Span();
    private final Div list = new Div();
    private final Button apply;

    DeliveredPanel(DeliveredService delivered, Clock clock) {
        this.delivered = delivered;
        addClassName("orderan-handover");
        scan = new ScanField("delivered-scan", clock, this::scanned);
        scan.setLabel(getTranslation("delivered.scan"));
        count.setId("delivered-count");
        count.addClassName("orderan-handover-count");
        list.setId("delivered-parcels");
        list.addClassName("orderan-handover-parcels");
        apply = new Button(getTranslation("delivered.apply"), VaadinIcon.CHECK.create(), e -> apply());
        apply.setId("delivered-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        var hint = new Span(getTranslation("delivered.hint"));
        hint.addClassName("orderan-handover-hint");
        add(hint, count, scan, feedback, list, apply);
        refresh();
    }

    private void scanned(String code) {
        try {
            DeliveredParcel parcel = delivered.check(code);
            if (batch.stream().anyMatch(p -> p.orderNumber().equals(parcel.orderNumber()))) {
                feedback.refused(new BusinessException("error.delivered.already-in-batch", parcel.orderNumber()));
                return;
            }
            batch.addFirst(parcel);
            feedback.ok(getTranslation("delivered.scanned", parcel.orderNumber()));
            refresh();
        } catch (BusinessException e) {
            feedback.refused(e);
        } finally {
            scan.focus();
        }
    }

    private void apply() {
        try {
            if (batch.isEmpty()) {
                feedback.refused(new BusinessException("error.delivered.batch-size", DeliveredService.MAX_BATCH));
                return;
            }
            int done = delivered.apply(batch.stream().map(DeliveredParcel::orderNumber).toList());
            batch.clear();
            feedback.reset();
            Notifications.success(getTranslation("warehouse.delivered.done", done));
            refresh();
        } catch (BusinessException e) {
            feedback.refused(e);
        } finally {
            apply.setEnabled(true);
            scan.focus();
        }
    }

    private void refresh() {
        count.setText(getTranslation("delivered.count", batch.size()));
        list.removeAll();
        for (DeliveredParcel parcel : batch) {
            var row = new Div();
            row.addClassName("orderan-handover-parcel");
            var resi = new Span(parcel.resi() == null ? "—" : parcel.resi());
            resi.addClassName("orderan-handover-resi");
            String text = parcel.orderNumber() + (parcel.courierLabel() == null ? "" : " · " + parcel.courierLabel())
                    + (parcel.codToCollect() == null ? "" : " · COD " + Rupiah.format(parcel.codToCollect()));
            var remove = new Button(VaadinIcon.CLOSE.create(), e -> {
                batch.remove(parcel);
                refresh();
                scan.focus();
            });
            remove.setId("delivered-remove-" + parcel.orderNumber());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("handover.remove", parcel.orderNumber()));
            row.add(resi, new Span(text), remove);
            list.add(row);
        }
        apply.setEnabled(true);
    }
}
