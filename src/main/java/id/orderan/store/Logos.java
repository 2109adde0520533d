package id.orderan.store;

import id.orderan.base.BusinessException;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The store logo as kept: at most {@value #MAX_WIDTH} × {@value #MAX_HEIGHT} px, aspect kept. It is
 * printed 14 mm high on every invoice; a phone photo of several megapixels would be decoded and embedded
 * by every PDF, so it is made small once, when the admin uploads it.
 *
 * @see <a href="../../../../../../docs/decisions/0079-store-logo-downscaled-at-upload.md">0079</a>
 */
final class Logos {

    static final int MAX_WIDTH = 600;
    static final int MAX_HEIGHT = 300;

    private Logos() {}

    record Logo(byte[] bytes, String type) {}

    /** PNG or JPEG up to 1 MB (judged by the bytes); a bigger picture comes back as a downscaled PNG. */
    static Logo fitted(byte[] upload) {
        String type = StoreService.logoType(upload);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BusinessException("error.store.logo-unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= MAX_WIDTH && height <= MAX_HEIGHT) {
                    reader.read(0); // small already: kept as uploaded, once it decodes
                    return new Logo(upload, type);
                }
                double factor = Math.max((double) width / MAX_WIDTH, (double) height / MAX_HEIGHT);
                // decode only every n-th pixel while still at least twice the target: a huge picture
                // never needs its full size in memory
                int step = Math.max(1, (int) Math.floor(factor / 2));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                int targetWidth = Math.max(1, (int) Math.round(width / factor));
                int targetHeight = Math.max(1, (int) Math.round(height / factor));
                return new Logo(png(scaled(decoded, targetWidth, targetHeight)), "image/png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw new BusinessException("error.store.logo-unreadable");
        }
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        Image smooth = source.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB); // keeps transparency
        Graphics2D g = target.createGraphics();
        g.drawImage(smooth, 0, 0, null);
        g.dispose();
        return target;
    }

    private static byte[] png(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
