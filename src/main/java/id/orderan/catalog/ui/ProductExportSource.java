package id.orderan.catalog.ui;

import id.orderan.base.dataio.ExportSource;
import id.orderan.base.dataio.ProgressListener;
import id.orderan.base.dataio.TableWriter;
import id.orderan.catalog.ProductFilter;
import id.orderan.catalog.ProductService;
import id.orderan.catalog.ProductSort;
import java.io.IOException;

/** The Produk list at the moment Ekspor was clicked (search, filters, sort), as an {@link ExportSource}. */
record ProductExportSource(ProductService products, ProductFilter filter, ProductSort sort, String fileName,
        String sheetName) implements ExportSource {

    @Override
    public long expectedRows() {
        return products.count(filter);
    }

    @Override
    public void write(TableWriter writer, ProgressListener progress) throws IOException {
        products.export(filter, sort, writer, progress);
    }
}
