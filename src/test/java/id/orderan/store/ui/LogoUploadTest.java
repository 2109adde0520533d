package id.orderan.store.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import id.orderan.store.StoreService;
import id.orderan.support.KaribuTest;
import id.orderan.support.UploadRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store logo upload speaks Indonesian and refuses big files on the server, not only in the browser. */
class LogoUploadTest extends KaribuTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private StoreSettingsView view;

    @BeforeEach
    void openStoreSettings() {
        login("admin", "ADMIN");
        view = navigate(StoreSettingsView.class);
    }

    @Test
    void the_logo_upload_speaks_indonesian() {
        var i18n = view.logoUpload.getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Unggah berkas…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Tarik berkas ke sini");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Berkas terlalu besar (maksimal 1 MB).");
        assertThat(i18n.getError().getIncorrectFileType()).isEqualTo("Jenis berkas ini tidak diterima.");
    }

    @Test
    void a_small_logo_is_taken() {
        UploadKt._upload(view.logoUpload, "logo.png", "image/png", PNG);

        assertThat(view.logo).isEqualTo(PNG);
    }

    @Test
    void a_logo_over_the_limit_is_refused_by_the_server_even_past_the_browser() {
        UploadKt._upload(view.logoUpload, "logo.png", "image/png", new byte[StoreService.MAX_LOGO_BYTES + 1]);

        assertThat(view.logo).isNull();
        NotificationsKt.expectNotifications("Berkas terlalu besar (maksimal 1 MB).");
    }

    @Test
    void a_body_without_a_length_is_read_only_up_to_the_limit() throws Exception {
        var body = new UploadRequests.EndlessBody(50L * 1024 * 1024);

        var event = UploadRequests.send(view.logoUpload, body, -1);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.bytesRead()).isLessThanOrEqualTo(StoreService.MAX_LOGO_BYTES + 1L);
        assertThat(view.logo).isNull();
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_reading() throws Exception {
        var body = new UploadRequests.EndlessBody(50L * 1024 * 1024);

        var event = UploadRequests.send(view.logoUpload, body, 50L * 1024 * 1024);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo("Berkas terlalu besar (maksimal 1 MB).");
        assertThat(body.bytesRead()).isZero();
    }
}
