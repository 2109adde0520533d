package id.orderan.followup.ui;

import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.followup.FollowUpChannel;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpStage;
import id.orderan.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FollowUpTemplatesViewTest extends KaribuTest {

    @Autowired
    FollowUpService followUps;

    @Test
    void an_unknown_placeholder_is_flagged_while_typing_and_the_preview_fills_the_sample_order() {
        login("owner", "ADMIN");
        FollowUpTemplatesView view = navigate(FollowUpTemplatesView.class);
        view.select(FollowUpChannel.EMAIL, FollowUpStage.FU_2);

        userSets(view.body, "Halo {nma}, pesanan {order_id} belum dibayar");

        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getErrorMessage()).contains("{nma}");
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.previewBody.getText()).isEqualTo("Halo {nma}, pesanan INV-2611-00042 belum dibayar");

        userSets(view.body, "Halo {nama}, pesanan {order_id} belum dibayar");

        assertThat(view.body.isInvalid()).isFalse();
        assertThat(view.previewBody.getText()).isEqualTo("Halo Siti Nurhaliza, pesanan INV-2611-00042 belum dibayar");
        assertThat(view.previewSubject.getText()).isEqualTo("Pengingat: pesanan INV-2611-00042 belum dibayar");
    }

    @Test
    void saving_stores_the_template_of_that_channel_and_stage() {
        login("owner", "ADMIN");
        FollowUpTemplatesView view = navigate(FollowUpTemplatesView.class);
        view.select(FollowUpChannel.EMAIL, FollowUpStage.PAID);
        assertThat(view.autoSend.isVisible()).isTrue();

        userSets(view.subject, "Lunas: {order_id}");
        userSets(view.body, "Terima kasih Kak {nama}!");
        userSets(view.autoSend, true);
        view.save.click();

        var saved = as("cs", "CS", () -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.PAID));
        assertThat(saved.subject()).isEqualTo("Lunas: {order_id}");
        assertThat(saved.body()).isEqualTo("Terima kasih Kak {nama}!");
        assertThat(saved.autoSend()).isTrue();
        assertThat(view.origin.getText()).startsWith("Diubah oleh owner");
        assertThat(view.reset.isEnabled()).isTrue();
    }

    @Test
    void switching_tabs_keeps_unsaved_text_and_marks_the_stage() {
        login("owner", "ADMIN");
        FollowUpTemplatesView view = navigate(FollowUpTemplatesView.class);
        assertThat(view.autoSend.isVisible()).isFalse(); // WhatsApp FU 1: nothing automatic about it

        userSets(view.body, "Draf yang belum disimpan");
        view.select(FollowUpChannel.WHATSAPP, FollowUpStage.FU_3);
        assertThat(view.body.getValue()).startsWith("Halo Kak {nama},");
        assertThat(view.stages.getTabAt(0).getLabel()).isEqualTo("FU 1 •");

        view.select(FollowUpChannel.WHATSAPP, FollowUpStage.FU_1);
        assertThat(view.body.getValue()).isEqualTo("Draf yang belum disimpan");
        assertThat(as("cs", "CS", () -> followUps.template(FollowUpChannel.WHATSAPP, FollowUpStage.FU_1)).isDefault())
                .isTrue();
    }
}
