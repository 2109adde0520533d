package id.orderan.document;

import static id.orderan.support.TestData.as;
import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.orderan.catalog.Product;
import id.orderan.customer.Customer;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.security.Role;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import id.orderan.support.HttpSignIn;
import id.orderan.support.IntegrationTest;
import id.orderan.support.Pictures;
import id.orderan.support.TestUsers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 defect 4: printing must not hold the database. Prints waiting for a render slot (and
 * rendering) hold no pooled connection, a wait for a slot is bounded ("sedang sibuk", 503), and the
 * store logo is one image object per document however many invoices it holds.
 */
class PrintingUnderLoadTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DocumentService documents;

    @Autowired
    PdfRenderer renderer;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    StoreService stores;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void prints_waiting_for_a_render_slot_leave_the_connection_pool_to_everyone_else() throws Exception {
        String number = anOrder().getOrderNumber();
        int waiting = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() + 2;
        Semaphore slots = renderer.slots();
        int held = slots.drainPermits();
        ExecutorService tablets = Executors.newFixedThreadPool(waiting);
        List<Future<byte[]>> prints = new ArrayList<>();
        try {
            for (int i = 0; i < waiting; i++) {
                prints.add(tablets.submit(() -> as("gudang", "GUDANG", () -> documents.labels(List.of(number),
                        LabelFormat.THERMAL_100X150, Locale.ROOT))));
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (slots.getQueueLength() < waiting && System.nanoTime() < until) {
                Thread.sleep(10);
            }

            assertThat(slots.getQueueLength()).as("every print reached the wait for a render slot").isEqualTo(waiting);
            var someoneElse = CompletableFuture.supplyAsync(() -> jdbc.queryForObject("SELECT 1", Integer.class));
            assertThat(someoneElse).as("a screen still gets a connection while %d prints wait", waiting)
                    .succeedsWithin(Duration.ofSeconds(1)).isEqualTo(1);
        } finally {
            slots.release(held);
            tablets.shutdown();
            assertThat(tablets.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<byte[]> print : prints) {
            assertThat(print.get()).as("each print still renders once a slot frees up").isNotEmpty();
        }
    }

    @Test
    void a_print_that_finds_no_render_slot_in_time_is_told_sedang_sibuk_with_503_and_retry_after() throws Exception {
        String number = anOrder().getOrderNumber();
        testUsers.ensure("gudang-cetak", "gudang-cetak-rahasia-1", Role.GUDANG);
        var tablet = new HttpSignIn(port, "10.44.0.1");
        assertThat(tablet.signedIn("gudang-cetak", "gudang-cetak-rahasia-1")).isTrue();
        Semaphore slots = renderer.slots();
        int held = slots.drainPermits();
        HttpResponse<String> response;
        long started = System.nanoTime();
        try {
            response = tablet.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/documents/labels.pdf?orders=" + number)).timeout(Duration.ofSeconds(15)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            slots.release(held);
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("Sedang sibuk mencetak dokumen lain, coba lagi sebentar.");
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(waited).as("it waited for a slot, up to the limit").isGreaterThanOrEqualTo(renderer.maxWait());
        assertThat(tablet.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/documents/labels.pdf?orders=" + number)).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .statusCode()).as("a slot free again: the retry prints").isEqualTo(200);
    }

    @Test
    void a_pdf_is_never_rendered_inside_a_database_transaction() {
        String number = anOrder().getOrderNumber();

        Throwable refused = transactions.execute(status -> {
            try {
                as("gudang", "GUDANG", () -> documents.labels(List.of(number), LabelFormat.A6, Locale.ROOT));
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertThat(refused).as("a render inside a caller's transaction is refused").isNotNull()
                .hasMessageContaining("never rendered inside a database transaction");
        assertThat(as("gudang", "GUDANG", () -> documents.labels(List.of(number), LabelFormat.A6, Locale.ROOT)))
                .as("and renders outside one").isNotEmpty();
    }

    @Test
    void twenty_invoices_in_one_pdf_hold_the_store_logo_once() throws Exception {
        StoreProfile current = stores.profile();
        asAdmin(() -> stores.save(new StoreProfile(current.name(), current.address(), current.phone(), current.email(),
                current.banks(), current.invoiceFooter(), current.labelFormat(), Pictures.of(480, 160, "png"), null,
                current.version())));
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000, 1_000);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(data.order(budi, OrderSource.FORM, kopi, 1).getOrderNumber());
        }

        byte[] pdf = asAdmin(() -> documents.invoices(numbers, null, Locale.ROOT));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(20);
            assertThat(logoImages(document)).as("image objects of the logo's size").hasSize(1);
        }
    }

    @Test
    void the_invoice_page_names_the_logo_instead_of_carrying_its_bytes_on_every_invoice() {
        byte[] logo = Pictures.of(480, 160, "png");
        StoreProfile current = stores.profile();
        asAdmin(() -> stores.save(new StoreProfile(current.name(), current.address(), current.phone(), current.email(),
                current.banks(), current.invoiceFooter(), current.labelFormat(), logo, null, current.version())));
        String number = anOrder().getOrderNumber();

        String xhtml = asAdmin(() -> documents.invoiceXhtml(number, Locale.ROOT));

        assertThat(xhtml).contains("alt=\"logo\"")
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(logo).substring(0, 200));
    }

    /** The distinct image objects (by object number) 480 px wide that the pages draw. */
    private static Set<Long> logoImages(PDDocument document) {
        Set<Long> images = new HashSet<>();
        for (PDPage page : document.getPages()) {
            COSDictionary xobjects = page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (COSName name : xobjects.keySet()) {
                COSBase entry = xobjects.getItem(name);
                if (entry instanceof COSObject reference && reference.getObject() instanceof COSDictionary image
                        && COSName.IMAGE.equals(image.getCOSName(COSName.SUBTYPE)) && image.getInt(COSName.WIDTH) == 480) {
                    images.add(reference.getKey().getNumber());
                }
            }
        }
        return images;
    }

    private SalesOrder anOrder() {
        Customer budi = data.customer().create();
        Product kopi = data.product("Kopi Gayo", 85_000);
        return data.order(budi, OrderSource.FORM, kopi, 1);
    }
}
