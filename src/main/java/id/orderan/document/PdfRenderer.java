package id.orderan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Thymeleaf (XML mode, so the output is well-formed XHTML and every value is escaped) into Flying
 * Saucer. The bundled DejaVu font is embedded (Identity-H), so a PDF looks the same on every machine
 * and prints Indonesian text and "Rp" amounts correctly. Renders run outside the Vaadin session lock
 * and at most one per core at a time.
 */
@Component
class PdfRenderer {

    private static final String[] FONTS = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Semaphore renders = new Semaphore(Runtime.getRuntime().availableProcessors());
    private final Path fontDir;

    PdfRenderer() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/document/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setEnableSpringELCompiler(true);
        this.fontDir = extractFonts();
    }

    String xhtml(String template, Map<String, Object> model, Locale locale) {
        return templates.process(template, new Context(locale, model));
    }

    byte[] render(String template, Map<String, Object> model, Locale locale) {
        String xhtml = xhtml(template, model, locale);
        renders.acquireUninterruptibly();
        try (var out = new ByteArrayOutputStream(32 * 1024)) {
            var renderer = new ITextRenderer();
            for (String font : FONTS) {
                renderer.getFontResolver().addFont(fontDir.resolve(font).toString(), BaseFont.IDENTITY_H, true);
            }
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            renders.release();
        }
    }

    /** Flying Saucer wants font files on disk; the jar's copies go to a temp folder once. */
    private static Path extractFonts() {
        try {
            Path dir = Files.createTempDirectory("orderan-fonts");
            for (String font : FONTS) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + font)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing bundled font " + font);
                    }
                    Files.copy(in, dir.resolve(font), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
