package id.orderan.support;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;

/**
 * Hand-made upload requests, as a script would send them past the browser's size check: the body is
 * generated while it is read, so a test can tell how much the server took in.
 */
public final class UploadRequests {

    private UploadRequests() {}

    /** A body of {@code bytes} zero bytes that counts what was read from it. */
    public static final class EndlessBody extends InputStream {
        private final long bytes;
        private long read;

        public EndlessBody(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            if (read >= bytes) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= bytes) {
                return -1;
            }
            int n = (int) Math.min(length, bytes - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            read += n;
            return n;
        }

        public long bytesRead() {
            return read;
        }
    }

    /**
     * Sends {@code body} to the upload's own server handler, claiming {@code declaredSize} bytes (-1: no length,
     * like a chunked request) and returns the event, which tells whether the server refused it.
     */
    public static UploadEvent send(Upload upload, InputStream body, long declaredSize) throws Exception {
        Part part = new Part() {
            @Override
            public InputStream getInputStream() {
                return body;
            }

            @Override
            public String getContentType() {
                return "image/png";
            }

            @Override
            public String getName() {
                return "file";
            }

            @Override
            public String getSubmittedFileName() {
                return "besar.png";
            }

            @Override
            public long getSize() {
                return declaredSize;
            }

            @Override
            public void write(String fileName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete() {}

            @Override
            public String getHeader(String name) {
                return null;
            }

            @Override
            public Collection<String> getHeaders(String name) {
                return List.of();
            }

            @Override
            public Collection<String> getHeaderNames() {
                return List.of();
            }
        };
        var event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), VaadinSession.getCurrent(),
                "besar.png", declaredSize, "image/png", upload.getElement(), part);
        UploadKt.get_handler(upload).handleUploadRequest(event);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        return event;
    }
}
