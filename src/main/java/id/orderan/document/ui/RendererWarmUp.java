package id.orderan.document.ui;

import id.orderan.document.DocumentService;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Renders one empty label soon after start-up: the first user to print does not pay for loading fonts and
 * templates. It runs on a background thread a few seconds after the start, not in the start itself: a restarted
 * node (deploy, failover) answers its first pages with both cores, and is ready without waiting for it.
 *
 * @see <a href="../../../../../../docs/decisions/0195-fast-restarts-aot-cache.md">0195</a>
 */
@Component
class RendererWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);

    private final DocumentService documents;

    RendererWarmUp(DocumentService documents) {
        this.documents = documents;
    }

    /** Long enough for the first pages after a restart, short against the time until anyone prints. */
    private static final Duration DELAY = Duration.ofSeconds(5);

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofPlatform().name("pdf-warm-up").daemon().start(this::warmUpLater);
    }

    private void warmUpLater() {
        try {
            Thread.sleep(DELAY);
            long start = System.nanoTime();
            documents.warmUp();
            log.info("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a warm-up is an optimisation: the first print would report the same problem to its user
            log.warn("PDF renderer warm-up failed", e);
        }
    }
}
