package id.orderan.warehouse;

import id.orderan.base.BusinessException;
import id.orderan.base.dataio.ImportLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an uploaded XLSX as rows of text cells, read with POI's streaming (SAX) reader so
 * that memory stays flat and reading stops at the row cap (base.dataio writes XLSX but has no reader,
 * and the catalog and customer imports take CSV only). Numbers are written out in full, without the
 * cell's display format: a resi typed as a number ({@code 1234567890123}) must not come back as
 * {@code 1.23457E+12}, nor an ongkir formatted {@code #,##0} as "15,000".
 */
final class BulkResiXlsx {

    private BulkResiXlsx() {}

    static List<BulkResiParser.Cells> read(byte[] bytes, ImportLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new BusinessException("error.import.too-large", Math.max(1, limits.maxBytes() / (1024 * 1024)));
        }
        var rows = new Rows(limits.maxRows() + 1); // the header may be one of them
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessException("warehouse.bulk-resi.error.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            } catch (TooManyRows e) {
                throw new BusinessException("error.import.too-many-rows", limits.maxRows());
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("warehouse.bulk-resi.error.not-xlsx");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return rows.rows;
    }

    /** Collects rows, placing each cell by its column letter (blank cells are not reported). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        final List<BulkResiParser.Cells> rows = new ArrayList<>();
        private List<String> current = new ArrayList<>();

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(new BulkResiParser.Cells(rowNum + 1, List.copyOf(current)));
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value.strip());
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Whole numbers in full ("1234567890123", "15000"), whatever the cell's format; others as the sheet shows. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
