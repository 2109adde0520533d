package id.orderan.warehouse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.orderan.base.BusinessException;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.ui.BackgroundWork;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.UiErrorHandler;
import id.orderan.base.ui.Uploads;
import id.orderan.security.AppRoles;
import id.orderan.warehouse.BulkResiFiles;
import id.orderan.warehouse.BulkResiPreview;
import id.orderan.warehouse.BulkResiService;
import id.orderan.warehouse.BulkResiSummary;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resi massal at the station: paste the lines (or upload the courier's CSV/XLSX) → Periksa shows each
 * row with its status → "Terapkan N baris" sends the valid ones, each on its own, in the background
 * with a progress bar → the summary with the refused rows to download. CS may check a list; applying is
 * resi entry (ADMIN, GUDANG). Ids: {@code bulk-resi-text}, {@code bulk-resi-upload},
 * {@code bulk-resi-preview}, {@code bulk-resi-apply}, {@code bulk-resi-summary},
 * {@code bulk-resi-refused-download}, {@code bulk-resi-template}, {@code bulk-resi-template-xlsx}.
 *
 * @see <a href="../../../../../../../docs/decisions/0175-bulk-resi-rows-and-statuses.md">0175 bulk resi rows</a>
 */
@Route(value = "gudang/resi-massal", layout = WarehouseLayout.class)
@RolesAllowed({AppRoles.ADMIN, AppRoles.CS, AppRoles.GUDANG})
public class BulkResiView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BulkResiView.class);

    final TextArea text = new TextArea();
    final Upload upload;
    final Button preview;
    final Button apply;
    final Paragraph applyNote = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final BulkResiGrid results = new BulkResiGrid();
    final BulkResiSummaryPanel summary = new BulkResiSummaryPanel();
    private final BulkResiService service;
    private final boolean mayApply;
    private @Nullable BulkResiPreview checked;
    private boolean running;

    public BulkResiView(BulkResiService service, AuthenticationContext authentication) {
        this.service = service;
        this.mayApply = authentication.hasAnyRole(AppRoles.ADMIN, AppRoles.GUDANG);
        addClassName("orderan-bulk-resi");
        setPadding(false);
        add(new H2(getTranslation("warehouse.bulk-resi.title")), help());

        text.setId("bulk-resi-text");
        text.setLabel(getTranslation("warehouse.bulk-resi.text"));
        text.setPlaceholder("INV-2611-00001\tJNE\tCGK1234567890\tREG");
        text.setMaxLength((int) BulkResiService.LIMITS.maxBytes());
        text.setWidthFull();
        text.addClassName("orderan-bulk-resi-text");
        text.addValueChangeListener(e -> forgetPreview());

        upload = Uploads.inMemory((int) BulkResiService.LIMITS.maxBytes(),
                (metadata, bytes) -> check(() -> service.previewFile(bytes)), ".csv", ".xlsx", ".txt", ".tsv");
        upload.setId("bulk-resi-upload");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("warehouse.bulk-resi.upload")));

        preview = Forms.primary(getTranslation("warehouse.bulk-resi.preview"));
        preview.setId("bulk-resi-preview");
        preview.addClickListener(e -> check(() -> service.preview(text.getValue())));

        apply = Forms.primary(getTranslation("warehouse.bulk-resi.apply", 0));
        apply.setId("bulk-resi-apply");
        apply.setDisableOnClick(true);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        applyNote.setText(getTranslation("warehouse.bulk-resi.apply-not-allowed"));
        applyNote.setVisible(!mayApply);
        progress.setVisible(false);

        var actions = new Div(preview, apply);
        actions.addClassName("orderan-bulk-resi-actions");
        add(text, upload, actions, applyNote, progress, summary, results);
    }

    private Div help() {
        var help = new Div(new Paragraph(getTranslation("warehouse.bulk-resi.help", BulkResiService.LIMITS.maxRows())));
        help.addClassName("orderan-bulk-resi-help");
        help.add(templateLink(ExportFormat.CSV, "bulk-resi-template"), templateLink(ExportFormat.XLSX, "bulk-resi-template-xlsx"));
        return help;
    }

    private Anchor templateLink(ExportFormat format, String id) {
        byte[] file = template(format);
        String name = "template-resi-massal." + format.extension();
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), name, format.contentType(), file.length)),
                getTranslation("warehouse.bulk-resi.template", format.extension().toUpperCase(java.util.Locale.ROOT)));
        link.setId(id);
        link.addClassName("orderan-warehouse-link");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private byte[] template(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        try {
            BulkResiFiles.template(format, BulkResiTexts.templateHeaders(this), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Checks the list (fast: a few queries for the whole list) and shows every row. */
    private void check(Supplier<BulkResiPreview> check) {
        if (running) {
            return;
        }
        summary.clear();
        try {
            checked = check.get();
        } catch (BusinessException e) {
            forgetPreview();
            Notifications.error(getTranslation(e.messageKey(), UiErrorHandler.translatedArgs(this, e.args())));
            return;
        }
        results.show(checked.rows(), checked.counts(), checked.money());
        int applicable = checked.applicable();
        apply.setText(getTranslation("warehouse.bulk-resi.apply", applicable));
        apply.setEnabled(mayApply && applicable > 0);
    }

    /** Runs in the background (a thousand rows take seconds); the button stays disabled until a new check. */
    private void apply() {
        BulkResiPreview toApply = checked;
        if (toApply == null || running || !mayApply) {
            return;
        }
        running = true;
        apply.setEnabled(false);
        preview.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        UI ui = UI.getCurrent();
        BackgroundWork.start(() -> {
            try {
                BulkResiSummary done = service.apply(toApply, (rows, total) -> {
                    if (rows % 25 == 0 || rows == total) {
                        BackgroundWork.access(ui, () -> progress.setValue(total == 0 ? 1 : (double) rows / total));
                    }
                });
                BackgroundWork.access(ui, () -> finished(done));
            } catch (BusinessException e) {
                BackgroundWork.access(ui, () -> failed(getTranslation(e.messageKey(),
                        UiErrorHandler.translatedArgs(this, e.args()))));
            } catch (RuntimeException e) {
                log.error("Bulk resi failed", e);
                BackgroundWork.access(ui, () -> failed(getTranslation("error.unexpected")));
            }
        });
    }

    private void finished(BulkResiSummary done) {
        running = false;
        checked = null;
        progress.setVisible(false);
        preview.setEnabled(true);
        apply.setText(getTranslation("warehouse.bulk-resi.apply", 0));
        summary.show(done);
        // what is left to look at: the refused rows with their reasons
        results.show(done.refused(), java.util.Map.of(), done.money());
        Notifications.success(getTranslation("warehouse.bulk-resi.applied", done.applied()));
    }

    private void failed(String message) {
        running = false;
        progress.setVisible(false);
        preview.setEnabled(true);
        Notifications.error(message);
    }

    private void forgetPreview() {
        if (running) {
            return;
        }
        checked = null;
        apply.setEnabled(false);
        apply.setText(getTranslation("warehouse.bulk-resi.apply", 0));
        results.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warehouse.bulk-resi.title");
    }
}
