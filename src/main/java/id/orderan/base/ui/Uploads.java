package id.orderan.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import java.util.Locale;

/**
 * Every upload in Orderan: one file kept in memory, capped on the server as well as in the browser,
 * and every text of the component in the user's language (Indonesian unless they chose English).
 *
 * @see "docs/decisions/0042-uploads-capped-while-reading.md"
 */
public final class Uploads {

    private Uploads() {}

    /**
     * One file of at most {@code maxBytes}, handed to {@code onUpload} in the UI's lock. A refusal (too big,
     * wrong type), by the browser or by the server, is shown as an error notification.
     */
    public static Upload inMemory(int maxBytes, InMemoryUploadCallback onUpload, String... acceptedExtensions) {
        var upload = new Upload();
        String tooLarge = upload.getTranslation("upload.error.too-big", megabytes(maxBytes));
        upload.setUploadHandler(new CappedUploadHandler(maxBytes, tooLarge, onUpload, Notifications::error));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileExtensions(acceptedExtensions);
        // the browser's own refusals arrive with the translated text set below
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        return translated(upload);
    }

    /** Sets all the component's texts from the translation bundle, in the user's language. */
    public static Upload translated(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add.one")).setMany(upload.getTranslation("upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop.one"))
                .setMany(upload.getTranslation("upload.drop.many")));
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.file.retry")).setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(upload.getMaxFileSize() > 0
                        ? upload.getTranslation("upload.error.too-big", megabytes(upload.getMaxFileSize()))
                        : upload.getTranslation("upload.error.too-big-any"))
                .setIncorrectFileType(upload.getTranslation("upload.error.wrong-type")));
        var uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.status.connecting"))
                .setStalled(upload.getTranslation("upload.status.stalled")).setProcessing(upload.getTranslation("upload.status.processing"))
                .setHeld(upload.getTranslation("upload.status.held")));
        uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                .setPrefix(upload.getTranslation("upload.remaining.prefix")).setUnknown(upload.getTranslation("upload.remaining.unknown")));
        uploading.setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(upload.getTranslation("upload.error.server-unavailable"))
                .setUnexpectedServerError(upload.getTranslation("upload.error.unexpected"))
                .setForbidden(upload.getTranslation("upload.error.forbidden"))
                .setFileTooLarge(upload.getTranslation("upload.error.too-big-any")));
        i18n.setUploading(uploading);
        upload.setI18n(i18n);
        return upload;
    }

    /** "1", "5", "0,5": the limit as people say it. */
    private static String megabytes(int bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }
}
