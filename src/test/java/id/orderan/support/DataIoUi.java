package id.orderan.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import id.orderan.base.ui.ExportDialog;
import id.orderan.base.ui.ImportDialog;
import java.nio.charset.StandardCharsets;

/**
 * The Impor and Ekspor dialogs driven as a user drives them: a file dropped on the upload, the status line
 * read, the download link followed. Both dialogs finish their work through {@code ui.access}, so each step
 * waits for what the user would wait for, giving the UI its turn meanwhile.
 */
public final class DataIoUi {

    private static final long PATIENCE_MILLIS = 20_000;

    private DataIoUi() {}

    /** Sends a CSV file through the dialog's upload, as the browser would, and waits for the preview. */
    public static void uploads(ImportDialog<?> dialog, String fileName, String csv) throws InterruptedException {
        sendsFile(dialog, fileName, csv);
        awaitStatus(dialog, "baris dibaca");
    }

    /** Sends a CSV file through the dialog's upload without waiting for what the dialog makes of it. */
    public static void sendsFile(ImportDialog<?> dialog, String fileName, String csv) {
        UploadKt._upload(_get(dialog, Upload.class, spec -> spec.withId("import-upload")), fileName, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Clicks the confirmation and waits for the closing summary ("Selesai: …"); returns that text. */
    public static String confirmsImport(ImportDialog<?> dialog) throws InterruptedException {
        _click(_get(dialog, Button.class, spec -> spec.withId("import-confirm")));
        return awaitStatus(dialog, "Selesai:");
    }

    /** Clicks Mulai ekspor, waits for the download link and follows it; returns the file's bytes. */
    public static byte[] downloads(ExportDialog dialog) throws InterruptedException {
        _click(_get(dialog, Button.class, spec -> spec.withId("export-start")));
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (_find(dialog, Anchor.class, spec -> spec.withId("export-download")).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        return DownloadKt._download(_get(dialog, Anchor.class, spec -> spec.withId("export-download")));
    }

    /** Waits until the dialog's status line contains {@code contained}; returns the whole line. */
    public static String awaitStatus(ImportDialog<?> dialog, String contained) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            var status = _find(dialog, Paragraph.class, spec -> spec.withPredicate(p -> p.getText().contains(contained)));
            if (!status.isEmpty()) {
                return status.getFirst().getText();
            }
            Thread.sleep(20);
            MockVaadin.clientRoundtrip(false);
        }
        throw new AssertionError("the import dialog never said \"" + contained + "\"");
    }
}
