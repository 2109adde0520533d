package id.orderan.base.dataio;

import id.orderan.base.Labelled;
import java.io.IOException;
import java.io.OutputStream;

/** The file formats an export offers. */
public enum ExportFormat implements Labelled {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    @Override
    public String labelKey() {
        return "export.format." + extension;
    }

    /** A writer of this format onto {@code out}; closing the writer finishes the file (not the stream). */
    public TableWriter open(OutputStream out, String sheetName) throws IOException {
        return switch (this) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName);
        };
    }
}
