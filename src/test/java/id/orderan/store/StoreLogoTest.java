package id.orderan.store;

import static id.orderan.support.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.orderan.support.IntegrationTest;
import id.orderan.support.Pictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 defect 4: the logo is made small once, when it is uploaded, not by every PDF that prints it. */
class StoreLogoTest extends IntegrationTest {

    @Autowired
    StoreService stores;

    @Test
    void a_big_logo_is_stored_downscaled_to_600_px_wide_keeping_its_shape() throws Exception {
        byte[] photo = Pictures.of(2400, 800, "jpg");

        StoreProfile saved = save(photo);

        stores.forget();
        StoreProfile read = stores.profile();
        BufferedImage logo = ImageIO.read(new ByteArrayInputStream(read.logo()));
        assertThat(logo.getWidth()).isEqualTo(600);
        assertThat(logo.getHeight()).isEqualTo(200);
        assertThat(read.logoType()).isEqualTo("image/png");
        assertThat(read.logo().length).isLessThan(photo.length);
        assertThat(saved.logoDataUri()).startsWith("data:image/png;base64,");
    }

    @Test
    void a_tall_logo_is_made_at_most_300_px_high() throws Exception {
        StoreProfile saved = save(Pictures.of(900, 1800, "png"));

        BufferedImage logo = ImageIO.read(new ByteArrayInputStream(saved.logo()));
        assertThat(logo.getHeight()).isEqualTo(300);
        assertThat(logo.getWidth()).isEqualTo(150);
    }

    @Test
    void a_small_logo_is_kept_as_uploaded() {
        byte[] small = Pictures.of(240, 80, "jpg");

        StoreProfile saved = save(small);

        assertThat(saved.logo()).isEqualTo(small);
        assertThat(saved.logoType()).isEqualTo("image/jpeg");
    }

    @Test
    void a_logo_that_does_not_decode_is_refused_and_nothing_changes() {
        StoreProfile before = stores.profile();
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

        assertThatThrownBy(() -> save(broken)).hasMessageContaining("error.store.logo-unreadable");

        stores.forget();
        assertThat(stores.profile().logo()).isNull();
        assertThat(stores.profile().version()).isEqualTo(before.version());
    }

    private StoreProfile save(byte[] logo) {
        StoreProfile current = stores.profile();
        return asAdmin(() -> stores.save(new StoreProfile("Toko Logo", "Jl. Logo 1", "0812", "toko@logo.example",
                List.of(), "", "100x150", logo, null, current.version())));
    }
}
