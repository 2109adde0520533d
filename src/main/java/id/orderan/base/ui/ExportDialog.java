package id.orderan.base.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.orderan.base.BusinessException;
import id.orderan.base.dataio.ExportFiles;
import id.orderan.base.dataio.ExportFormat;
import id.orderan.base.dataio.ExportSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ekspor: pick CSV or Excel, the file is written in the background (the screen stays usable, a
 * progress bar moves through push), then offered as a download. The file lives in a temporary file
 * until the dialog closes; closing it during the export stops the export. Any feature can use it
 * with an {@link ExportSource}.
 */
public class ExportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ExportDialog.class);

    final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    final Paragraph status = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Anchor download = new Anchor();
    final Button start;
    private final ExportSource source;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile @Nullable Path file;

    public ExportDialog(ExportSource source) {
        this.source = source;
        setHeaderTitle(getTranslation("export.title"));
        setCloseOnOutsideClick(false);
        addClassName("orderan-dialog");
        format.setLabel(getTranslation("export.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> f == ExportFormat.CSV ? getTranslation("export.format.csv")
                : getTranslation("export.format.xlsx"));
        format.setValue(ExportFormat.XLSX);
        format.setId("export-format");
        status.setText(getTranslation("export.rows", source.expectedRows()));
        progress.setVisible(false);
        download.setVisible(false);
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        add(format, status, progress, download);

        start = Forms.primary(getTranslation("export.start"));
        start.setId("export-start");
        start.setDisableOnClick(true); // a double click starts one export
        start.addClickListener(e -> start());
        Button close = Forms.secondary(getTranslation("action.close"));
        close.addClickListener(e -> close());
        getFooter().add(close, start);
    }

    private void start() {
        ExportFormat chosen = format.getValue() == null ? ExportFormat.XLSX : format.getValue();
        start.setEnabled(false);
        format.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        BackgroundWork.start(() -> run(ui, chosen, locale));
    }

    private void run(UI ui, ExportFormat chosen, Locale locale) {
        long[] shownPercent = {-1};
        try {
            Path written = ExportFiles.write(source, chosen, (done, total) -> {
                if (cancelled.get()) {
                    throw new CancellationException();
                }
                long percent = total <= 0 ? 0 : Math.min(100, done * 100 / total);
                if (percent != shownPercent[0]) { // one push per percent, not per row
                    shownPercent[0] = percent;
                    BackgroundWork.access(ui, () -> showProgress(done, total));
                }
            });
            if (cancelled.get()) {
                Files.deleteIfExists(written);
                return;
            }
            file = written;
            if (cancelled.get()) { // closed in the meantime: onDetach may have missed it
                Files.deleteIfExists(written);
                file = null;
                return;
            }
            String name = source.fileName() + "." + chosen.extension();
            BackgroundWork.access(ui, () -> offer(written, name));
        } catch (CancellationException e) {
            // the dialog was closed: ExportFiles removed the partial file
        } catch (BusinessException e) {
            BackgroundWork.access(ui, () -> failed(getTranslation(e.messageKey(), e.args())));
        } catch (IOException | RuntimeException e) {
            log.error("Export {} failed", source.fileName(), e);
            BackgroundWork.access(ui, () -> failed(getTranslation("export.failed")));
        }
    }

    private void showProgress(long done, long total) {
        progress.setIndeterminate(false);
        progress.setValue(total <= 0 ? 0 : Math.min(1.0, (double) done / total));
        status.setText(getTranslation("export.progress", done, Math.max(done, total)));
    }

    private void offer(Path written, String name) {
        progress.setValue(1.0);
        progress.setVisible(false);
        status.setText(getTranslation("export.done"));
        download.setHref(DownloadHandler.forFile(written.toFile(), name));
        download.setText(getTranslation("export.download", name));
        download.setVisible(true);
    }

    private void failed(String message) {
        progress.setVisible(false);
        status.setText(message);
        Notifications.error(message);
        start.setEnabled(true);
        format.setEnabled(true);
    }

    /** The finished file while the dialog is open (for the download link, and tests). */
    public Optional<Path> exportedFile() {
        return Optional.ofNullable(file);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        cancelled.set(true);
        Path written = file;
        file = null;
        if (written != null) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException e) {
                log.warn("Could not delete the export file {}", written, e);
            }
        }
    }
}
