package id.orderan.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.openpdf.text.pdf.Barcode128;

/**
 * Code128 barcodes as PNG data URIs (scanners at the courier counter read them). The templates call it
 * ({@code ${barcode.code128(label.orderNumber)}}), so the images are drawn while rendering, in a render
 * slot and outside the database transaction that read the orders; the models carry only the values.
 */
public final class Barcodes {

    static final Barcodes INSTANCE = new Barcodes();

    private Barcodes() {}

    public String code128(String value) {
        var barcode = new Barcode128();
        barcode.setCode(value);
        Image bars = barcode.createAwtImage(Color.BLACK, Color.WHITE);
        int scale = 3; // wide enough modules for thermal printers at 203 dpi
        int width = bars.getWidth(null) * scale;
        int height = 60;
        var image = new BufferedImage(width + 40, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), height);
        g.drawImage(bars, 20, 0, width, height, null); // quiet zones left and right
        g.dispose();
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
