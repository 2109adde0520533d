package id.orderan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * Thymeleaf (XML mode, so the output is well-formed XHTML and every value is escaped) into Flying
 * Saucer. The bundled DejaVu font is embedded (Identity-H), so a PDF looks the same on every machine
 * and prints Indonesian text and "Rp" amounts correctly.
 *
 * <p>Rendering is CPU work that never runs inside a database transaction (it is refused there, so a
 * caller cannot hold a pooled connection, or row locks, for the length of a render). At most
 * {@code orderan.documents.render-slots} renders run at once; a render waits for a slot at most
 * {@code orderan.documents.render-max-wait}, then {@link RenderBusyException} ("sedang sibuk").
 *
 * @see <a href="../../../../../../docs/decisions/0078-printing-outside-transactions-with-bounded-render-slots.md">0078</a>
 */
@Component
class PdfRenderer {

    private static final String[] FONTS = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};
    /** Where the templates put the store logo; {@link DocumentUserAgent} supplies the picture. */
    static final String LOGO_URI = "orderan:logo";

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Semaphore slots;
    private final Duration maxWait;
    /** Of its core's time, how much a busy slot renders; it rests for the rest (see {@link #release}). */
    private final double share;
    private final ScheduledExecutorService resting = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pdf-render-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final Path fontDir;

    /**
     * @param slots renders at once; 0 means one per core but one, at least one: a core stays free for the
     *     screens and the database (often on the same small server) while a burst of prints queues
     * @param maxWait how long a print may wait for a slot before "sedang sibuk"
     */
    PdfRenderer(@Value("${orderan.documents.render-slots:0}") int slots,
            @Value("${orderan.documents.render-max-wait:20s}") Duration maxWait,
            @Value("${orderan.documents.render-share:0.5}") double share) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/document/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setEnableSpringELCompiler(true);
        this.slots = new Semaphore(slots > 0 ? slots : defaultSlots(), true);
        this.maxWait = maxWait;
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("orderan.documents.render-share must be in (0, 1], was " + share);
        }
        this.share = share;
        this.fontDir = extractFonts();
    }

    /**
     * The XHTML a document is rendered from (previews, comparisons); the barcodes are drawn here. The
     * store logo appears as {@value #LOGO_URI}, however many pages show it, not as its bytes.
     */
    String xhtml(String template, Map<String, Object> model, Locale locale, @Nullable String logoDataUri) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("barcode", Barcodes.INSTANCE);
        if (logoDataUri != null) {
            variables.put("logo", LOGO_URI);
        }
        return templates.process(template, new Context(locale, variables));
    }

    /**
     * Takes a render slot, then reads the model (the supplier opens and closes its own short read-only
     * transaction), then renders outside any transaction. Reading inside the slot keeps a burst of
     * prints from all reading at once: at most render-slots of them touch the database together, so
     * a burst never crowds the connection pool that the screens need (the 20-print benchmark).
     *
     * @param logoDataUri the store logo, embedded once for the whole document (decision 0079)
     */
    byte[] render(String template, Supplier<Map<String, Object>> model, Locale locale, @Nullable String logoDataUri) {
        requireNoTransaction();
        acquireSlot();
        long started = System.nanoTime();
        try (var out = new ByteArrayOutputStream(32 * 1024)) {
            Map<String, Object> variables = model.get();
            requireNoTransaction();
            String xhtml = xhtml(template, variables, locale, logoDataUri);
            var device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
            var renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                    device, new DocumentUserAgent(device, logoDataUri));
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
            release(System.nanoTime() - started);
        }
    }

    /**
     * The PDF goes back at once, but its slot frees up only after a rest as long as the render took
     * times (1 − share) / share. A burst of bulk prints therefore uses at most {@code share} of a core
     * per slot: on a two-core shop server one core stays with the screens and MariaDB, and the rest
     * keeps the collector's pauses from piling up (the 20-print benchmark). One print alone is not
     * slowed; a burst takes longer in total.
     */
    private void release(long renderNanos) {
        long restNanos = (long) (renderNanos * (1 - share) / share);
        if (restNanos < TimeUnit.MILLISECONDS.toNanos(1)) {
            slots.release();
        } else {
            resting.schedule((Runnable) slots::release, restNanos, TimeUnit.NANOSECONDS);
        }
    }

    private static void requireNoTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A PDF is never rendered inside a database transaction: read the model"
                    + " in its own short transaction, then render");
        }
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RenderBusyException(maxWait, retryAfter());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderBusyException(maxWait, retryAfter());
        }
    }

    /** A few seconds: long enough for a slot to free up, short enough that a retry does not feel stuck. */
    private Duration retryAfter() {
        long seconds = Math.clamp(maxWait.toSeconds() / 2, 1, 10);
        return Duration.ofSeconds(seconds);
    }

    private static int defaultSlots() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** For tests: the slots, to hold them all and see what waiting prints do. */
    Semaphore slots() {
        return slots;
    }

    Duration maxWait() {
        return maxWait;
    }

    /**
     * Resolves {@value #LOGO_URI} to the logo's data URI: Flying Saucer decodes it once per document (its
     * image cache) and OpenPDF writes one image object that every page refers to.
     */
    private static final class DocumentUserAgent extends ITextUserAgent {

        private final @Nullable String logoDataUri;

        DocumentUserAgent(ITextOutputDevice device, @Nullable String logoDataUri) {
            super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
            this.logoDataUri = logoDataUri;
        }

        @Override
        public ImageResource getImageResource(String uri) {
            return super.getImageResource(LOGO_URI.equals(uri) && logoDataUri != null ? logoDataUri : uri);
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
