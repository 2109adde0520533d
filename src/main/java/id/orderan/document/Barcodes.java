package id.orderan.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openpdf.text.pdf.Barcode128;

/**
 * Code128 barcodes as PNG data URIs (scanners at the courier counter read them). The templates call it
 * ({@code ${barcode.code128(label.orderNumber)}}), so the images are drawn while rendering, in a render
 * slot and outside the database transaction that read the orders; the models carry only the values.
 */
public final class Barcodes {

    static final Barcodes INSTANCE = new Barcodes();

    private Barcodes() {}

    /**
     * The bars painted straight from Code128's module widths and written by a PNG writer kept in memory:
     * the same picture as drawing {@code Barcode128.createAwtImage} scaled up, in less than half the
     * time, and a 100-label print draws 200 of them.
     */
    public String code128(String value) {
        byte[] bars = Barcode128.getBarsCode128Raw(Barcode128.getRawText(value, false));
        int modules = 0;
        for (byte width : bars) {
            modules += width;
        }
        int scale = 3; // wide enough modules for thermal printers at 203 dpi
        int height = 60;
        var image = new BufferedImage(modules * scale + 40, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), height);
        g.setColor(Color.BLACK);
        int x = 20; // quiet zones left and right
        boolean bar = true;
        for (byte width : bars) {
            if (bar) {
                g.fillRect(x, 0, width * scale, height);
            }
            x += width * scale;
            bar = !bar;
        }
        g.dispose();
        var out = new ByteArrayOutputStream(512);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
