package id.orderan.order.ui;

import id.orderan.base.dataio.ExportSource;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.order.OrderExportService;
import id.orderan.order.OrderFilter;
import id.orderan.order.OrderSort;
import java.io.IOException;
import java.util.Locale;

/** List Order's view at the moment Ekspor was clicked, as an {@link ExportSource}. */
record OrderExportSource(OrderExportService exports, OrderFilter filter, OrderSort sort, Locale locale,
        String fileName, String sheetName) implements ExportSource {

    @Override
    public long expectedRows() {
        return exports.expectedRows(filter);
    }

    @Override
    public void write(TableWriter writer, ProgressListener progress) throws IOException {
        exports.export(filter, sort, locale, writer, progress);
    }
}
