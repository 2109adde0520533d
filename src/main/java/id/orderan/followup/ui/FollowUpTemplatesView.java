package id.orderan.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.Forms;
import id.orderan.followup.FollowUpChannel;
import id.orderan.followup.FollowUpService;
import id.orderan.followup.FollowUpStage;
import id.orderan.followup.FollowUpTemplate;
import id.orderan.followup.FollowUpTemplateCommand;
import id.orderan.followup.FollowUpTemplates;
import id.orderan.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pengaturan › Template Follow Up: the text of every reminder and notice, per channel and stage,
 * with the placeholders one click away, unknown placeholders flagged as they are typed and a live
 * preview on a sample order. Switching tabs keeps unsaved edits; saving refuses a template another
 * admin saved meanwhile. The automatic-email toggles live on the two email notices.
 */
@Route("settings/follow-up-templates")
@RolesAllowed(AppRoles.ADMIN)
public class FollowUpTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private record Key(FollowUpChannel channel, FollowUpStage stage) {}

    private record Edit(String subject, String body, boolean autoSend) {}

    private final FollowUpService followUps;
    private final Map<Key, FollowUpTemplate> saved = new HashMap<>();
    private final Map<Key, Edit> unsaved = new HashMap<>();
    private final Map<FollowUpChannel, Tab> channelTabs = new HashMap<>();
    private final Map<FollowUpStage, Tab> stageTabs = new HashMap<>();
    private Key current = new Key(FollowUpChannel.WHATSAPP, FollowUpStage.FU_1);
    private boolean loading;

    final Tabs channels = new Tabs();
    final Tabs stages = new Tabs();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Checkbox autoSend = new Checkbox();
    final Span origin = new Span();
    final Div previewSubject = new Div();
    final Div previewBody = new Div();
    final Button save = new Button();
    final Button reset = new Button();

    public FollowUpTemplatesView(FollowUpService followUps) {
        this.followUps = followUps;
        addClassName("orderan-page");
        setMaxWidth("80rem");
        followUps.templates().forEach(t -> saved.put(new Key(t.channel(), t.stage()), t));

        for (FollowUpChannel channel : FollowUpChannel.values()) {
            Tab tab = new Tab(getTranslation(channel.labelKey()));
            channelTabs.put(channel, tab);
            channels.add(tab);
        }
        for (FollowUpStage stage : FollowUpStage.values()) {
            Tab tab = new Tab(getTranslation(stage.labelKey()));
            stageTabs.put(stage, tab);
            stages.add(tab);
        }
        channels.addSelectedChangeListener(e -> switchTo(selectedKey()));
        stages.addSelectedChangeListener(e -> switchTo(selectedKey()));

        subject.setLabel(getTranslation("followup.subject"));
        subject.setWidthFull();
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(e -> edited());
        body.setLabel(getTranslation("followup.message"));
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setId("template-body");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> edited());
        autoSend.setId("template-auto-send");
        autoSend.addValueChangeListener(e -> edited());

        var placeholders = new Div();
        placeholders.addClassName("orderan-placeholders");
        for (String name : FollowUpTemplates.PLACEHOLDERS) {
            var insert = new Button("{" + name + "}", e -> insert(name));
            insert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            insert.setTooltipText(getTranslation("template.placeholder." + name));
            placeholders.add(insert);
        }

        save.setText(getTranslation("action.save"));
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickListener(e -> save());
        reset.setText(getTranslation("template.reset"));
        reset.setId("template-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> reset());

        origin.addClassName("orderan-muted");
        var editor = new VerticalLayout(subject, body, new Span(getTranslation("template.placeholders")), placeholders,
                autoSend, origin, new HorizontalLayout(save, reset));
        editor.setPadding(false);
        previewSubject.addClassName("orderan-strong");
        previewSubject.setId("template-preview-subject");
        previewBody.addClassName("orderan-message-preview");
        previewBody.setId("template-preview");
        var preview = new VerticalLayout(new H3(getTranslation("template.preview")),
                new Paragraph(getTranslation("template.preview.explain")), previewSubject, previewBody);
        preview.setPadding(false);
        var columns = new Div(editor, preview);
        columns.addClassName("orderan-template-editor");

        add(new H2(getTranslation("template.title")), new Paragraph(getTranslation("template.explain")), channels,
                stages, columns);
        load(current);
    }

    /** Shows another template; what was typed into the one we leave stays for later. */
    void switchTo(Key key) {
        if (loading || key.equals(current)) {
            return;
        }
        keepEdit();
        current = key;
        load(key);
        markUnsavedTabs();
    }

    private Key selectedKey() {
        FollowUpChannel channel = channelTabs.entrySet().stream()
                .filter(e -> e.getValue() == channels.getSelectedTab()).map(Map.Entry::getKey).findFirst()
                .orElse(FollowUpChannel.WHATSAPP);
        FollowUpStage stage = stageTabs.entrySet().stream().filter(e -> e.getValue() == stages.getSelectedTab())
                .map(Map.Entry::getKey).findFirst().orElse(FollowUpStage.FU_1);
        return new Key(channel, stage);
    }

    private void load(Key key) {
        loading = true;
        try {
            FollowUpTemplate template = saved.get(key);
            Edit edit = unsaved.getOrDefault(key, new Edit(template.subject(), template.body(), template.autoSend()));
            subject.setVisible(key.channel() == FollowUpChannel.EMAIL);
            subject.setValue(edit.subject());
            body.setValue(edit.body());
            autoSend.setVisible(template.canAutoSend());
            // only the notices can send themselves; reminders have no label (and no key) for it
            autoSend.setLabel(template.canAutoSend()
                    ? getTranslation(key.stage() == FollowUpStage.PAID ? "template.auto-send.paid" : "template.auto-send.shipped")
                    : "");
            autoSend.setValue(edit.autoSend());
            origin.setText(template.isDefault() ? getTranslation("template.origin.default")
                    : getTranslation("template.origin.saved", template.updatedBy(),
                            JakartaTime.format(Objects.requireNonNull(template.updatedAt()), getLocale())));
            reset.setEnabled(!template.isDefault());
        } finally {
            loading = false;
        }
        refreshPreview();
    }

    private void edited() {
        if (!loading) {
            keepEdit();
            refreshPreview();
        }
    }

    private void keepEdit() {
        FollowUpTemplate template = saved.get(current);
        var edit = new Edit(subject.getValue(), body.getValue(), autoSend.getValue());
        if (edit.equals(new Edit(template.subject(), template.body(), template.autoSend()))) {
            unsaved.remove(current);
        } else {
            unsaved.put(current, edit);
        }
        markUnsavedTabs();
    }

    /** A dot on every stage (of the channel shown) that has unsaved text. */
    private void markUnsavedTabs() {
        stageTabs.forEach((stage, tab) -> tab.setLabel(getTranslation(stage.labelKey())
                + (unsaved.containsKey(new Key(current.channel(), stage)) ? " •" : "")));
    }

    private void refreshPreview() {
        FollowUpService.TemplatePreview preview = followUps.preview(subject.isVisible() ? subject.getValue() : "",
                body.getValue());
        previewSubject.setText(preview.subject());
        previewSubject.setVisible(subject.isVisible());
        previewBody.setText(preview.body());
        boolean unknown = !preview.unknownPlaceholders().isEmpty();
        body.setInvalid(unknown);
        body.setErrorMessage(unknown ? getTranslation("template.unknown", String.join(", ",
                preview.unknownPlaceholders().stream().map(p -> "{" + p + "}").toList())) : null);
        save.setEnabled(!unknown && !body.getValue().isBlank());
    }

    private void insert(String placeholder) {
        String text = body.getValue();
        body.setValue(text + (text.isEmpty() || text.endsWith(" ") || text.endsWith("\n") ? "" : " ")
                + "{" + placeholder + "}");
        body.focus();
    }

    void save() {
        FollowUpTemplate template = saved.get(current);
        var command = new FollowUpTemplateCommand(current.channel(), current.stage(), subject.getValue(),
                body.getValue(), autoSend.getValue(), template.version());
        show(Forms.attempt(this, () -> followUps.saveTemplate(command)), "template.saved");
    }

    void reset() {
        show(Forms.attempt(this, () -> followUps.resetTemplate(current.channel(), current.stage())),
                "template.reset.done");
    }

    /** After a save or reset the service accepted: the stored template replaces the edit. */
    private void show(@Nullable FollowUpTemplate stored, String doneKey) {
        if (stored != null) {
            saved.put(current, stored);
            unsaved.remove(current);
            load(current);
            markUnsavedTabs();
            Notifications.success(getTranslation(doneKey));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("template.title") + " · Orderan";
    }
}
