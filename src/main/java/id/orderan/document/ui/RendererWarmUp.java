package id.orderan.document.ui;

import id.orderan.document.DocumentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Renders one empty label at start-up: the first user does not pay for loading fonts and templates. */
@Component
class RendererWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);

    private final DocumentService documents;

    RendererWarmUp(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        documents.warmUp();
        log.info("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
