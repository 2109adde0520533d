package id.orderan.warehouse.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.orderan.warehouse.BulkResiFiles;
import id.orderan.warehouse.BulkResiSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import id.orderan.base.JakartaTime;

/**
 * After applying: how many orders went to Proses Pengiriman, how many were done already, how many were
 * refused — and the refused rows as a CSV with their reasons, to fix and paste or upload again.
 * Ids: {@code bulk-resi-summary}, {@code bulk-resi-summary-text}, {@code bulk-resi-refused-download}.
 */
class BulkResiSummaryPanel extends Div {

    final Paragraph text = new Paragraph();
    final Anchor refusedDownload = new Anchor();

    BulkResiSummaryPanel() {
        setId("bulk-resi-summary");
        addClassName("orderan-bulk-resi-summary");
        text.setId("bulk-resi-summary-text");
        refusedDownload.setId("bulk-resi-refused-download");
        refusedDownload.addClassName("orderan-warehouse-link");
        refusedDownload.getElement().setAttribute("download", true);
        add(text, refusedDownload);
        setVisible(false);
    }

    void show(BulkResiSummary summary) {
        text.setText(getTranslation("warehouse.bulk-resi.summary", summary.applied(), summary.alreadyDone(),
                summary.refused().size()));
        refusedDownload.setVisible(!summary.refused().isEmpty());
        if (!summary.refused().isEmpty()) {
            byte[] csv = refusedCsv(summary);
            String name = "resi-ditolak-" + LocalDate.now(JakartaTime.ZONE) + ".csv";
            refusedDownload.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(csv), name, "text/csv;charset=UTF-8", csv.length)));
            refusedDownload.setText(getTranslation("warehouse.bulk-resi.refused-download", summary.refused().size()));
        }
        setVisible(true);
    }

    void clear() {
        setVisible(false);
    }

    /** Written once when the summary is shown: a few thousand rows at most, from memory. */
    private byte[] refusedCsv(BulkResiSummary summary) {
        var out = new ByteArrayOutputStream();
        try {
            BulkResiFiles.refused(summary.refused(), summary.money(), BulkResiTexts.refusedHeaders(this, summary.money()),
                    row -> BulkResiTexts.reason(this, row), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
