package id.orderan.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import id.orderan.order.OrderSource;
import id.orderan.order.SalesOrder;
import id.orderan.payment.PaymentService;
import id.orderan.payment.ProofFile;
import id.orderan.support.KaribuTest;
import id.orderan.support.UploadRequests;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment-proof upload speaks Indonesian and refuses big files on the server, not only in the browser. */
class ProofUploadTest extends KaribuTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

    @Autowired
    PaymentService payments;

    private SubmitConfirmationDialog dialog;

    @BeforeEach
    void openTheDialog() {
        SalesOrder order = data.order(data.customer().create(), OrderSource.MANUAL, data.product("Kopi Gayo", 85_000), 1);
        login("cs", "CS");
        dialog = new SubmitConfirmationDialog(payments, order, LocalDate.of(2026, 11, 30), () -> {});
        dialog.open();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false); // the dialog attaches itself on the roundtrip
    }

    @Test
    void the_proof_upload_speaks_indonesian() {
        var i18n = dialog.upload.getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Unggah berkas…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Tarik berkas ke sini");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Berkas terlalu besar (maksimal 5 MB).");
    }

    @Test
    void a_screenshot_is_taken() {
        UploadKt._upload(dialog.upload, "bukti.jpg", "image/jpeg", JPEG);

        assertThat(dialog.proof).isEqualTo(new ProofFile("bukti.jpg", JPEG));
    }

    @Test
    void a_proof_over_the_limit_is_refused_by_the_server_while_reading() throws Exception {
        var body = new UploadRequests.EndlessBody(200L * 1024 * 1024);

        var event = UploadRequests.send(dialog.upload, body, -1);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.bytesRead()).isLessThanOrEqualTo(ProofFile.MAX_BYTES + 1L);
        assertThat(dialog.proof).isNull();
    }
}
