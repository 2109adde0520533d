package id.orderan.base.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Keeps an upload in memory like {@code UploadHandler.inMemory}, but never holds more than
 * {@code maxBytes + 1} bytes of it. The browser's limit ({@code Upload.setMaxFileSize}) is a comfort
 * only: a hand-made request skips it. Vaadin checks {@link #getFileSizeMax()} only for multipart
 * requests, and vaadin-upload sends plain XHR bodies, so the limit is applied here twice: on the
 * declared length before reading, and while reading (a missing or false length is caught too).
 *
 * @see "docs/decisions/0042-uploads-capped-while-reading.md"
 */
public final class CappedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final InMemoryUploadCallback onUpload;
    private final SerializableConsumer<String> onRefused;
    private final String refusal;

    /**
     * @param refusal the translated "too large" text: the browser shows it next to the file, and
     *     {@code onRefused} gets it (in the UI's lock) to tell the user too
     */
    CappedUploadHandler(int maxBytes, String refusal, InMemoryUploadCallback onUpload,
            SerializableConsumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.onUpload = onUpload;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] content;
        try (InputStream input = event.getInputStream()) {
            content = input.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        event.getUI().access(() -> {
            try {
                onUpload.complete(metadata, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void refuse(UploadEvent event) {
        event.reject(refusal);
        event.getUI().access(() -> onRefused.accept(refusal));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024; // multipart headers around the one file
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    public int maxBytes() {
        return maxBytes;
    }
}
