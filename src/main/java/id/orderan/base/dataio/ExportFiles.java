package id.orderan.base.dataio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs an export into a temporary file, deleted again when anything fails. */
public final class ExportFiles {

    private ExportFiles() {}

    /** The caller owns the returned file and deletes it after the download (or when abandoned). */
    public static Path write(ExportSource source, ExportFormat format, ProgressListener progress) throws IOException {
        Path file = Files.createTempFile("orderan-export-", "." + format.extension());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            try (TableWriter writer = format.open(out, source.sheetName())) {
                source.write(writer, progress);
            }
            return file;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
