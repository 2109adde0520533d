package id.orderan.followup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.orderan.support.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
        navigate(FollowUpTemplatesView.class);
        picksTab("Email");
        picksTab("FU 2");

        userSets(body(), "Halo {nma}, pesanan {order_id} belum dibayar");

        assertThat(body().isInvalid()).isTrue();
        assertThat(body().getErrorMessage()).contains("{nma}");
        assertThat(saveButton().isEnabled()).isFalse();
        ButtonKt._expectNotClickable(saveButton());
        assertThat(preview("template-preview")).isEqualTo("Halo {nma}, pesanan INV-2611-00042 belum dibayar");

        userSets(body(), "Halo {nama}, pesanan {order_id} belum dibayar");

        assertThat(body().isInvalid()).isFalse();
        assertThat(preview("template-preview")).isEqualTo("Halo Siti Nurhaliza, pesanan INV-2611-00042 belum dibayar");
        assertThat(preview("template-preview-subject")).isEqualTo("Pengingat: pesanan INV-2611-00042 belum dibayar");
    }

    @Test
    void saving_stores_the_template_of_that_channel_and_stage() {
        login("owner", "ADMIN");
        navigate(FollowUpTemplatesView.class);
        picksTab("Email");
        picksTab("Pembayaran diterima");
        Checkbox autoSend = _get(Checkbox.class, spec -> spec.withId("template-auto-send"));
        assertThat(autoSend.isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("template-reset").withEnabled(true)))
                .as("the default text has nothing to reset to").isEmpty();

        userSets(_get(TextField.class, spec -> spec.withLabel("Subjek")), "Lunas: {order_id}");
        userSets(body(), "Terima kasih Kak {nama}!");
        userSets(autoSend, true);
        _click(saveButton());

        var saved = as("cs", "CS", () -> followUps.template(FollowUpChannel.EMAIL, FollowUpStage.PAID));
        assertThat(saved.subject()).isEqualTo("Lunas: {order_id}");
        assertThat(saved.body()).isEqualTo("Terima kasih Kak {nama}!");
        assertThat(saved.autoSend()).isTrue();
        assertThat(_find(Span.class, spec -> spec.withPredicate(s -> s.getText().startsWith("Diubah oleh owner"))))
                .hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("template-reset")).isEnabled()).isTrue();
    }

    @Test
    void switching_tabs_keeps_unsaved_text_and_marks_the_stage() {
        login("owner", "ADMIN");
        navigate(FollowUpTemplatesView.class);
        assertThat(_find(Checkbox.class, spec -> spec.withId("template-auto-send")))
                .as("WhatsApp FU 1: nothing automatic about it").isEmpty();

        userSets(body(), "Draf yang belum disimpan");
        picksTab("FU 3");
        assertThat(body().getValue()).startsWith("Halo Kak {nama},");
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly("WhatsApp", "Email", "FU 1 •", "FU 2",
                "FU 3", "Pembayaran diterima", "Pesanan dikirim");

        picksTab("FU 1 •");
        assertThat(body().getValue()).isEqualTo("Draf yang belum disimpan");
        assertThat(as("cs", "CS", () -> followUps.template(FollowUpChannel.WHATSAPP, FollowUpStage.FU_1)).isDefault())
                .isTrue();
    }

    /**
     * Clicks the tab showing this label. Vaadin's {@code Tabs} has no click on a tab; a click in the browser
     * selects the tab in its {@code Tabs}, which is what this does.
     */
    private static void picksTab(String label) {
        Tab tab = _get(Tab.class, spec -> spec.withPredicate(t -> label.equals(t.getLabel())));
        ((Tabs) tab.getParent().orElseThrow()).setSelectedTab(tab);
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("template-body"));
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withId("template-save"));
    }

    private static String preview(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getText();
    }
}
