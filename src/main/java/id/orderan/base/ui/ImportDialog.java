package id.orderan.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.orderan.base.BusinessException;
import id.orderan.base.dataio.CsvImportReader;
import id.orderan.base.dataio.ImportLimits;
import id.orderan.base.dataio.ImportPipeline;
import id.orderan.base.dataio.ImportPreview;
import id.orderan.base.dataio.ImportRow;
import id.orderan.base.dataio.ImportSummary;
import id.orderan.base.dataio.ImportTarget;
import id.orderan.base.dataio.MatchMode;
import id.orderan.base.dataio.RowProblem;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Impor CSV for any feature: upload (capped on the server) → a preview of every row with its line
 * and, where refused, the translated reason → the user chooses to update or skip records that
 * exist already → confirm → the rows are written in the background in batches with a progress bar
 * → a summary of created / updated / skipped / failed. Nothing is written before the confirmation.
 *
 * @param <T> the feature's parsed row, see {@link ImportTarget}
 */
public class ImportDialog<T> extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    final Upload upload;
    final Paragraph status = new Paragraph();
    final Grid<ImportRow<T>> preview = new Grid<>();
    final RadioButtonGroup<MatchMode> mode = new RadioButtonGroup<>();
    final ProgressBar progress = new ProgressBar();
    final Button confirm;
    private final ImportPipeline<T> pipeline;
    private final ImportLimits limits;
    private final Runnable onDone;
    private @Nullable ImportPreview<T> parsed;

    /**
     * @param title   the dialog title, already translated ("Impor Produk")
     * @param columns help text naming the columns the file needs, already translated
     * @param onDone  run on the UI thread after a successful import (refresh the list)
     */
    public ImportDialog(String title, String columns, ImportTarget<T> target, ImportLimits limits, Runnable onDone) {
        this.pipeline = new ImportPipeline<>(target, limits);
        this.limits = limits;
        this.onDone = onDone;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        setWidth("min(60rem, 95vw)");

        status.setText(getTranslation("import.explain", columns, limits.maxRows()));
        upload = new Upload(new CappedUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        upload.setAcceptedFileExtensions(".csv");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("error.import.too-large",
                limits.maxBytes() / (1024 * 1024))));
        upload.setId("import-upload");

        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.addColumn(ImportRow::line).setHeader(getTranslation("import.column.line")).setWidth("5rem")
                .setFlexGrow(0).setKey("line");
        preview.addColumn(row -> row.key() == null ? "" : row.key()).setHeader(getTranslation("import.column.key"))
                .setKey("key").setWidth("10rem").setFlexGrow(0);
        preview.addColumn(this::outcome).setHeader(getTranslation("import.column.outcome")).setKey("outcome")
                .setFlexGrow(2).setPartNameGenerator(row -> row.valid() ? null : "import-error");
        preview.addColumn(row -> String.join(" · ", row.raw())).setHeader(getTranslation("import.column.data"))
                .setKey("data").setFlexGrow(3);
        preview.setVisible(false);
        preview.setHeight("20rem");

        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(MatchMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m == MatchMode.UPDATE_EXISTING ? "import.mode.update"
                : "import.mode.skip"));
        mode.setValue(MatchMode.SKIP_EXISTING);
        mode.setVisible(false);
        mode.setId("import-mode");
        progress.setVisible(false);
        add(status, upload, preview, mode, progress);

        confirm = Forms.primary(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.setDisableOnClick(true);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> apply());
        Button close = Forms.secondary(getTranslation("action.close"));
        close.addClickListener(e -> close());
        getFooter().add(close, confirm);
    }

    /** The reason in the user's language, or what will happen to the row. */
    String outcome(ImportRow<T> row) {
        RowProblem problem = row.problem();
        if (problem != null) {
            // arguments are the seller's data (a SKU like "kopi.gayo"), never keys to translate
            return getTranslation(problem.messageKey(), problem.argsArray());
        }
        return getTranslation(row.exists() ? "import.row.exists" : "import.row.new");
    }

    /**
     * Reads at most the cap plus one byte, whatever the browser was told; runs without the session
     * lock (Vaadin calls upload handlers unlocked), then shows the preview through {@code access}.
     */
    private final class CappedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            try {
                byte[] bytes = new CsvImportReader(limits).readCapped(event.getInputStream());
                ImportPreview<T> result = pipeline.preview(new ByteArrayInputStream(bytes));
                BackgroundWork.access(ui, () -> showPreview(result));
            } catch (BusinessException e) {
                BackgroundWork.access(ui, () -> refused(e));
            } catch (RuntimeException e) {
                log.error("Import preview failed", e);
                BackgroundWork.access(ui, () -> refused(new BusinessException("error.import.failed")));
            }
        }

        @Override
        public long getFileSizeMax() {
            return limits.maxBytes();
        }

        @Override
        public long getRequestSizeMax() {
            return limits.maxBytes() + 64 * 1024; // the multipart envelope around the file
        }
    }

    /** Shows what would happen; also callable directly with bytes already read (tests, other sources). */
    public void showPreview(ImportPreview<T> result) {
        parsed = result;
        preview.setItems(result.rows());
        preview.setVisible(true);
        mode.setVisible(result.existingCount() > 0);
        status.setText(getTranslation("import.preview", result.rows().size(), result.validCount(),
                result.invalidCount(), result.existingCount()));
        confirm.setText(getTranslation("import.confirm.count", result.validCount()));
        confirm.setEnabled(result.validCount() > 0);
    }

    private void refused(BusinessException e) {
        parsed = null;
        preview.setVisible(false);
        mode.setVisible(false);
        confirm.setEnabled(false);
        String message = getTranslation(e.messageKey(), e.args());
        status.setText(message);
        Notifications.error(message);
    }

    private void apply() {
        ImportPreview<T> toApply = parsed;
        if (toApply == null) {
            return;
        }
        parsed = null; // a double click must not import twice
        MatchMode chosen = mode.getValue() == null ? MatchMode.SKIP_EXISTING : mode.getValue();
        confirm.setEnabled(false);
        upload.setVisible(false);
        mode.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        UI ui = UI.getCurrent();
        BackgroundWork.start(() -> {
            try {
                ImportSummary summary = pipeline.apply(toApply, chosen, (done, total) -> BackgroundWork.access(ui,
                        () -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            status.setText(getTranslation("import.progress", done, total));
                        }));
                BackgroundWork.access(ui, () -> finished(summary));
            } catch (BusinessException e) {
                BackgroundWork.access(ui, () -> refused(e));
            } catch (RuntimeException e) {
                log.error("Import failed", e);
                BackgroundWork.access(ui, () -> refused(new BusinessException("error.import.failed")));
            }
        });
    }

    private void finished(ImportSummary summary) {
        progress.setVisible(false);
        status.setText(getTranslation("import.summary", summary.created(), summary.updated(), summary.skipped(),
                summary.failed()));
        List<ImportRow<T>> failures = summary.problems().stream()
                .map(problem -> new ImportRow<T>(problem.line(), List.of(), null, null, false, problem)).toList();
        preview.setItems(failures);
        preview.setVisible(!failures.isEmpty());
        mode.setVisible(false);
        onDone.run();
    }

    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.too-many"))
                .setFileIsTooBig(getTranslation("error.import.too-large", limits.maxBytes() / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type")));
        return i18n;
    }
}
