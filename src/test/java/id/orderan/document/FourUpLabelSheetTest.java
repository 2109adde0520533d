package id.orderan.document;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.OrderStatus;
import id.orderan.order.SalesOrder;
import id.orderan.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four labels on an A4 sheet, measured on the rendered page (not by counting pages): each label's
 * border is a long dark line, so the sheet must show four whole boxes, two per row and two per
 * column, with the same margin on the left and right and at the top and bottom.
 */
class FourUpLabelSheetTest extends IntegrationTest {

    private static final int DPI = 100;
    private static final double MM_PER_PIXEL = 25.4 / DPI;

    @Autowired
    DocumentService documents;

    @Test
    void four_labels_sit_inside_the_a4_sheet_with_equal_margins_and_whole_borders() throws Exception {
        Customer budi = data.customer().name("Budi Santoso").create();
        Product kopi = data.product("Kopi Gayo", 85_000, 1_000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SalesOrder order = data.order(budi, OrderSource.FORM, kopi, 1);
            data.forceStatus(order, OrderStatus.PROSES_PENGIRIMAN, "");
            data.shipment(order, "JP00000000" + i);
            numbers.add(order.getOrderNumber());
        }

        byte[] pdf = as("gudang", "GUDANG", () -> documents.labels(numbers, LabelFormat.A4_4UP, Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            double widthMm = page.getWidth() * MM_PER_PIXEL;
            double heightMm = page.getHeight() * MM_PER_PIXEL;

            List<Double> vertical = lines(page, true);
            List<Double> horizontal = lines(page, false);
            assertThat(vertical).as("left and right border of both columns, in mm from the left edge").hasSize(4);
            assertThat(horizontal).as("top and bottom border of both rows, in mm from the top edge").hasSize(4);

            double left = vertical.getFirst();
            double right = widthMm - vertical.getLast();
            double top = horizontal.getFirst();
            double bottom = heightMm - horizontal.getLast();
            assertThat(left).as("left margin").isGreaterThanOrEqualTo(5);
            assertThat(right).as("right margin").isCloseTo(left, within(1.0));
            assertThat(top).as("top margin").isGreaterThanOrEqualTo(5);
            assertThat(bottom).as("bottom margin").isCloseTo(top, within(1.0));
            assertThat(vertical.get(1) - vertical.get(0)).as("left label width")
                    .isCloseTo(vertical.get(3) - vertical.get(2), within(1.0));

            // nothing printed outside the four boxes (no clipped content spilling to the edge)
            int[] ink = inkBounds(page);
            assertThat(ink[0] * MM_PER_PIXEL).isCloseTo(left, within(1.0));
            assertThat(widthMm - (ink[2] + 1) * MM_PER_PIXEL).isCloseTo(right, within(1.0));
        }
    }

    /**
     * Positions (mm) of the long straight lines: columns (or rows) of pixels with an unbroken dark run
     * longer than 35 % of the page, i.e. a label border (a label is about 45 % of the sheet each way).
     * Barcodes are far shorter and the dashed section lines are broken; neighbouring pixel lines of
     * one border count once.
     */
    private static List<Double> lines(BufferedImage page, boolean vertical) {
        int length = vertical ? page.getHeight() : page.getWidth();
        int across = vertical ? page.getWidth() : page.getHeight();
        List<Double> found = new ArrayList<>();
        int previous = -10;
        for (int i = 0; i < across; i++) {
            int run = 0;
            int longest = 0;
            for (int j = 0; j < length; j++) {
                int gray = vertical ? page.getRaster().getSample(i, j, 0) : page.getRaster().getSample(j, i, 0);
                run = gray < 160 ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            if (longest > length * 0.35) {
                if (i - previous > 2) {
                    found.add(i * MM_PER_PIXEL);
                }
                previous = i;
            }
        }
        return found;
    }

    /** {minX, minY, maxX, maxY} of every non-white pixel. */
    private static int[] inkBounds(BufferedImage page) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (page.getRaster().getSample(x, y, 0) < 230) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new int[] {minX, minY, maxX, maxY};
    }
}
