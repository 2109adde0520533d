package id.orderan.warehouse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.base.BusinessException;
import id.orderan.base.JakartaTime;
import id.orderan.base.ui.Notifications;
import id.orderan.order.Courier;
import id.orderan.order.CourierService;
import id.orderan.warehouse.HandoverService;
import id.orderan.warehouse.ManifestDetail;
import id.orderan.warehouse.ManifestParcel;
import id.orderan.warehouse.ManifestState;
import id.orderan.warehouse.ManifestSummary;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Serah terima: pick the courier, open (or carry on with) its manifest, scan the parcels (running count,
 * refusals loud under the field), take back a mistake, close and print for the driver to sign. The scan
 * field gets the focus back after every action. Ids: {@code handover-courier}, {@code handover-open},
 * {@code handover-scan}, {@code handover-count}, {@code handover-parcels}, {@code handover-close},
 * {@code handover-error}, {@code handover-print}, {@code handover-recent}.
 */
class HandoverPanel extends Div {

    private final HandoverService handover;
    private final Select<Courier> courier = new Select<>();
    private final Div manifestArea = new Div();
    private final H3 heading = new H3();
    private final Span count = new Span();
    private final ScanField scan;
    private final HandoverFeedback feedback = new HandoverFeedback("handover-error");
    private final Div parcels = new Div();
    private final TextField driver = new TextField();
    private final Button closeButton;
    private final Div printed = new Div();
    private final Div recent = new Div();
    private @Nullable ManifestDetail current;

    HandoverPanel(HandoverService handover, CourierService couriers, Clock clock) {
        this.handover = handover;
        addClassName("orderan-handover");
        courier.setId("handover-courier");
        courier.setLabel(getTranslation("handover.courier"));
        courier.setItems(couriers.active());
        courier.setItemLabelGenerator(Courier::label);
        var open = new Button(getTranslation("handover.open"), VaadinIcon.TRUCK.create(), e -> open());
        open.setId("handover-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var start = new Div(courier, open);
        start.addClassName("orderan-handover-start");

        scan = new ScanField("handover-scan", clock, this::scanned);
        scan.setLabel(getTranslation("handover.scan"));
        count.setId("handover-count");
        count.addClassName("orderan-handover-count");
        var head = new Div(heading, count);
        head.addClassName("orderan-handover-head");
        parcels.setId("handover-parcels");
        parcels.addClassName("orderan-handover-parcels");
        driver.setId("handover-driver");
        driver.setLabel(getTranslation("handover.driver"));
        driver.setMaxLength(60);
        var close = new Button(getTranslation("handover.close"), VaadinIcon.PRINT.create(), e -> close());
        closeButton = close;
        close.setId("handover-close");
        close.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        close.setDisableOnClick(true);
        var finish = new Div(driver, close);
        finish.addClassName("orderan-handover-finish");
        manifestArea.add(head, scan, feedback, parcels, finish);
        manifestArea.addClassName("orderan-handover-manifest");
        manifestArea.setVisible(false);

        printed.setId("handover-printed");
        printed.setVisible(false);
        recent.setId("handover-recent");
        recent.addClassName("orderan-handover-recent");
        add(start, printed, manifestArea, new H3(getTranslation("handover.recent")), recent);
        refreshRecent();
    }

    private void open() {
        Courier chosen = courier.getValue();
        if (chosen == null) {
            Notifications.error(getTranslation("handover.choose-courier"));
            return;
        }
        ManifestDetail opened;
        try {
            opened = handover.open(chosen.code());
        } catch (DataIntegrityViolationException e) {
            // another tablet opened one for this courier (or took today's next number) at the same moment:
            // asking again returns that manifest, or the number after
            opened = handover.open(chosen.code());
        }
        show(opened);
        printed.setVisible(false);
        refreshRecent();
    }

    private void resume(long manifestId) {
        show(handover.manifest(manifestId));
        printed.setVisible(false);
    }

    private void scanned(String code) {
        ManifestDetail manifest = current;
        if (manifest == null) {
            Notifications.error(getTranslation("handover.choose-courier"));
            return;
        }
        try {
            ManifestDetail after = handover.scan(manifest.id(), code);
            show(after);
            ManifestParcel added = Objects.requireNonNull(after.lastScanned());
            feedback.ok(getTranslation("handover.scanned", added.orderNumber(), added.resi()));
        } catch (BusinessException e) {
            feedback.refused(e);
            scan.focus();
        }
    }

    private void remove(ManifestParcel parcel) {
        ManifestDetail manifest = Objects.requireNonNull(current);
        try {
            show(handover.remove(manifest.id(), parcel.orderId()));
            feedback.ok(getTranslation("handover.removed", parcel.orderNumber()));
        } catch (BusinessException e) {
            feedback.refused(e);
        }
    }

    private void close() {
        ManifestDetail manifest = current;
        if (manifest == null) {
            return;
        }
        try {
            ManifestDetail closed = handover.close(manifest.id(), driver.getValue());
            current = null;
            manifestArea.setVisible(false);
            driver.clear();
            var print = new Anchor(HandoverLinks.manifestPdf(closed.number()),
                    getTranslation("handover.print", closed.number(), closed.parcelCount()));
            print.setId("handover-print");
            print.setTarget(AnchorTarget.BLANK);
            print.addClassName("orderan-handover-print");
            printed.removeAll();
            printed.add(print);
            printed.setVisible(true);
            Notifications.success(getTranslation("handover.closed", closed.number(), closed.parcelCount()));
            refreshRecent();
        } catch (BusinessException e) {
            feedback.refused(e);
            scan.focus();
        } finally {
            closeButton.setEnabled(true); // disabled on click: a double click closes once
        }
    }

    private void show(ManifestDetail manifest) {
        current = manifest;
        manifestArea.setVisible(manifest.open());
        heading.setText(getTranslation("handover.manifest", manifest.number(), manifest.courierLabel()));
        count.setText(getTranslation("handover.count", manifest.parcelCount()));
        parcels.removeAll();
        for (ManifestParcel parcel : manifest.parcels()) {
            var row = new Div();
            row.addClassName("orderan-handover-parcel");
            if (manifest.lastScanned() != null && manifest.lastScanned().orderId() == parcel.orderId()) {
                row.addClassName("orderan-handover-parcel--last");
            }
            var resi = new Span(parcel.resi());
            resi.addClassName("orderan-handover-resi");
            var text = new Span(parcel.orderNumber() + (parcel.city() == null ? "" : " · " + parcel.city()));
            var remove = new Button(VaadinIcon.CLOSE.create(), e -> remove(parcel));
            remove.setId("handover-remove-" + parcel.orderNumber());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("handover.remove", parcel.orderNumber()));
            row.add(resi, text, remove);
            parcels.add(row);
        }
        scan.focus();
    }

    private void refreshRecent() {
        recent.removeAll();
        for (ManifestSummary manifest : handover.recent()) {
            var row = new Div();
            row.addClassName("orderan-handover-recent-row");
            row.add(new Span(manifest.number()), new Span(manifest.courierLabel()),
                    new Span(getTranslation("handover.count", manifest.parcelCount())),
                    new Span(getTranslation(manifest.state().labelKey())),
                    new Span(JakartaTime.format(Objects.requireNonNullElse(manifest.closedAt(), manifest.openedAt()),
                            getLocale())));
            if (manifest.state() == ManifestState.CLOSED) {
                var reprint = new Anchor(HandoverLinks.manifestPdf(manifest.number()), getTranslation("handover.reprint"));
                reprint.setId("handover-reprint-" + manifest.number());
                reprint.setTarget(AnchorTarget.BLANK);
                row.add(reprint);
            } else {
                var resume = new Button(getTranslation("handover.resume"), e -> resume(manifest.id()));
                resume.setId("handover-resume-" + manifest.number());
                row.add(resume);
            }
            recent.add(row);
        }
    }
}
