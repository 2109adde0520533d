package id.orderan.customer.ui;

import id.orderan.base.dataio.ExportSource;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.customer.CustomerFilter;
import id.orderan.customer.CustomerService;
import java.io.IOException;

/** The Pelanggan list at the moment Ekspor was clicked (search and category), as an {@link ExportSource}. */
record CustomerExportSource(CustomerService customers, CustomerFilter filter, String fileName, String sheetName)
        implements ExportSource {

    @Override
    public long expectedRows() {
        return customers.count(filter);
    }

    @Override
    public void write(TableWriter writer, ProgressListener progress) throws IOException {
        customers.export(filter, writer, progress);
    }
}
