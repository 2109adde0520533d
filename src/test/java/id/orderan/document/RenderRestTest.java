package id.orderan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decision 0078's rest: during a burst a render slot renders at most its share of the time, so the
 * PDF is answered at once but the slot frees up only after a rest as long as the render (share 0.5).
 */
class RenderRestTest {

    private static final Map<String, Object> EMPTY_LABELS = Map.of("pages", List.of(), "format", "THERMAL_100X150",
            "pageSize", LabelFormat.THERMAL_100X150.pageSize(), "pageMargin", LabelFormat.THERMAL_100X150.pageMargin(),
            "t", Map.of());

    @Test
    void with_half_a_share_the_slot_rests_after_a_render_and_then_frees_up() throws Exception {
        var renderer = new PdfRenderer(1, Duration.ofSeconds(5), 0.5);
        renderer.render("label", () -> EMPTY_LABELS, Locale.ROOT, null); // fonts and templates warm

        long started = System.nanoTime();
        byte[] pdf = renderer.render("label", () -> EMPTY_LABELS, Locale.ROOT, null);
        long took = System.nanoTime() - started;

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(renderer.slots().availablePermits()).as("resting right after the render").isZero();
        Thread.sleep(Duration.ofNanos(took * 2 + 200_000_000L));
        assertThat(renderer.slots().availablePermits()).as("free again after the rest").isEqualTo(1);
    }

    @Test
    void with_a_full_share_the_slot_is_free_as_soon_as_the_pdf_is_made() {
        var renderer = new PdfRenderer(1, Duration.ofSeconds(5), 1.0);

        renderer.render("label", () -> EMPTY_LABELS, Locale.ROOT, null);

        assertThat(renderer.slots().availablePermits()).isEqualTo(1);
    }
}
