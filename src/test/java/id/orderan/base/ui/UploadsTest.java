package id.orderan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import id.orderan.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text of an upload from the bundle: Indonesian by default, English for users who chose it. */
class UploadsTest extends KaribuTest {

    @Test
    void upload_texts_are_indonesian_by_default() {
        Upload upload = Uploads.inMemory(2 * 1024 * 1024, (metadata, bytes) -> {}, ".png");

        var i18n = upload.getI18n();
        assertThat(i18n.getAddFiles().getOne()).isEqualTo("Unggah berkas…");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("Tarik berkas ke sini");
        assertThat(i18n.getError().getFileIsTooBig()).isEqualTo("Berkas terlalu besar (maksimal 2 MB).");
        assertThat(i18n.getError().getIncorrectFileType()).isEqualTo("Jenis berkas ini tidak diterima.");
        assertThat(i18n.getFile().getRemove()).isEqualTo("Hapus");
        assertThat(i18n.getUploading().getStatus().getProcessing()).isEqualTo("Memproses berkas…");
        assertThat(i18n.getUploading().getRemainingTime().getPrefix()).isEqualTo("sisa waktu: ");
        assertThat(i18n.getUploading().getError().getServerUnavailable()).startsWith("Gagal mengunggah");
    }

    @Test
    void upload_texts_are_english_for_a_user_who_chose_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        Upload upload = Uploads.translated(new Upload());

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Upload file…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Drop file here");
    }

    @Test
    void the_limit_is_also_announced_to_vaadins_multipart_parsing() {
        var handler = new CappedUploadHandler(1000, "too big", (metadata, bytes) -> {}, message -> {});

        assertThat(handler.getFileSizeMax()).isEqualTo(1000);
        assertThat(handler.getFileCountMax()).isEqualTo(1);
    }
}
