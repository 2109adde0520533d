package id.orderan.storefront.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.customer.PhoneNumber;
import id.orderan.security.AppRoles;
import id.orderan.storefront.AntiSpamService;
import id.orderan.storefront.AntiSpamSettings;
import id.orderan.storefront.BlockEntry;
import id.orderan.storefront.BlockKind;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Pengaturan › Anti-spam: the order forms' screening (decision 0145). The numbers are one Binder
 * form saved with the version it was read with; the block list is a grid where each add or remove
 * is saved at once (entries are never edited). Admins only.
 */
@Route("settings/anti-spam")
@RolesAllowed(AppRoles.ADMIN)
public class AntiSpamSettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The Binder's mutable bean; the service gets the immutable {@link AntiSpamSettings}. */
    static final class Numbers {
        Integer minNameLength = 0;
        Integer minAddressLength = 0;
        Integer maxPerPhonePerHour = 0;
        Integer maxPerAddressPerHour = 0;
    }

    private final AntiSpamService antiSpam;
    private final Binder<Numbers> binder = new Binder<>();
    private final Numbers numbers = new Numbers();
    /** The version the form was filled from: a save on top of someone else's is refused. */
    long version;

    final IntegerField minNameLength = new IntegerField();
    final IntegerField minAddressLength = new IntegerField();
    final IntegerField maxPerPhonePerHour = new IntegerField();
    final IntegerField maxPerAddressPerHour = new IntegerField();
    final Button save = new Button();

    final Select<BlockKind> blockKind = new Select<>();
    final TextField blockValue = new TextField();
    final TextField blockNote = new TextField();
    final Button addBlock = new Button();
    final Grid<BlockEntry> blockList = new Grid<>();

    public AntiSpamSettingsView(AntiSpamService antiSpam) {
        this.antiSpam = antiSpam;
        addClassName("orderan-page");
        setMaxWidth("64rem");
        add(new H2(getTranslation("antispam.title")), new Paragraph(getTranslation("antispam.intro")), numbersForm(),
                blockListSection());
        show(antiSpam.settings());
        refreshBlockList();
    }

    private FormLayout numbersForm() {
        field(minNameLength, "antispam.min-name", "antispam.min-name.helper", "min-name-length");
        field(minAddressLength, "antispam.min-address", "antispam.min-address.helper", "min-address-length");
        field(maxPerPhonePerHour, "antispam.per-phone", "antispam.limit.helper", "max-per-phone");
        field(maxPerAddressPerHour, "antispam.per-address", "antispam.per-address.helper", "max-per-address");
        bind(minNameLength, "antispam.min-name", AntiSpamSettings.MAX_NAME_LENGTH, n -> n.minNameLength,
                (n, v) -> n.minNameLength = v);
        bind(minAddressLength, "antispam.min-address", AntiSpamSettings.MAX_ADDRESS_LENGTH, n -> n.minAddressLength,
                (n, v) -> n.minAddressLength = v);
        bind(maxPerPhonePerHour, "antispam.per-phone", AntiSpamSettings.MAX_PER_PHONE, n -> n.maxPerPhonePerHour,
                (n, v) -> n.maxPerPhonePerHour = v);
        bind(maxPerAddressPerHour, "antispam.per-address", AntiSpamSettings.MAX_PER_ADDRESS,
                n -> n.maxPerAddressPerHour, (n, v) -> n.maxPerAddressPerHour = v);

        save.setText(getTranslation("action.save"));
        save.setId("antispam-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var form = new FormLayout(minNameLength, minAddressLength, maxPerPhonePerHour, maxPerAddressPerHour, save);
        form.setColspan(save, 2);
        return form;
    }

    private void field(IntegerField field, String labelKey, String helperKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helperKey));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setId(id);
    }

    private void bind(IntegerField field, String labelKey, int max, ValueProvider<Numbers, Integer> getter,
            Setter<Numbers, Integer> setter) {
        binder.forField(field).asRequired(getTranslation("antispam.required"))
                .withValidator(new IntegerRangeValidator(
                        getTranslation("error.antispam.out-of-range", getTranslation(labelKey), 0, max), 0, max))
                .bind(getter, setter);
    }

    private VerticalLayout blockListSection() {
        blockKind.setLabel(getTranslation("antispam.block.kind"));
        blockKind.setItems(BlockKind.values());
        blockKind.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        blockKind.setValue(BlockKind.PHONE);
        blockKind.setId("block-kind");
        blockKind.addValueChangeListener(e -> blockValue.setPlaceholder(placeholder(e.getValue())));
        blockValue.setLabel(getTranslation("antispam.block.value"));
        blockValue.setPlaceholder(placeholder(BlockKind.PHONE));
        blockValue.setMaxLength(200);
        blockValue.setId("block-value");
        blockNote.setLabel(getTranslation("antispam.block.note"));
        blockNote.setMaxLength(200);
        blockNote.setId("block-note");
        addBlock.setText(getTranslation("antispam.block.add"));
        addBlock.setIcon(VaadinIcon.PLUS.create());
        addBlock.setId("block-add");
        addBlock.addClickListener(e -> addBlock());
        var adder = new FlexLayout(blockKind, blockValue, blockNote, addBlock);
        adder.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.getStyle().set("gap", "var(--lumo-space-s)");

        blockList.setId("block-list");
        blockList.addColumn(entry -> getTranslation(entry.kind().labelKey())).setHeader(getTranslation("antispam.block.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        blockList.addColumn(entry -> entry.kind() == BlockKind.PHONE ? PhoneNumber.display(entry.value()) : entry.value())
                .setHeader(getTranslation("antispam.block.value")).setKey("value").setFlexGrow(2);
        blockList.addColumn(entry -> entry.note() == null ? "" : entry.note())
                .setHeader(getTranslation("antispam.block.note")).setFlexGrow(2);
        blockList.addColumn(entry -> entry.createdBy() + " · " + JakartaTime.format(entry.createdAt()))
                .setHeader(getTranslation("antispam.block.created")).setAutoWidth(true);
        blockList.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        blockList.setAllRowsVisible(true);
        blockList.setEmptyStateText(getTranslation("antispam.block.empty"));

        var section = new VerticalLayout(new H3(getTranslation("antispam.block.title")),
                new Paragraph(getTranslation("antispam.block.intro")), adder, blockList);
        section.setPadding(false);
        return section;
    }

    private Button removeButton(BlockEntry entry) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            if (Forms.attempt(this, () -> antiSpam.unblock(entry.id()))) {
                refreshBlockList();
                Notifications.success(getTranslation("antispam.block.removed"));
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("antispam.block.remove"));
        remove.setTooltipText(getTranslation("antispam.block.remove"));
        remove.setId("block-remove-" + entry.id());
        return remove;
    }

    private String placeholder(BlockKind kind) {
        return getTranslation("antispam.block.placeholder." + kind.name().toLowerCase(Locale.ROOT));
    }

    void save() {
        if (!binder.writeBeanIfValid(numbers)) {
            return;
        }
        AntiSpamSettings saved = Forms.attempt(this, () -> antiSpam.save(new AntiSpamSettings(numbers.minNameLength,
                numbers.minAddressLength, numbers.maxPerPhonePerHour, numbers.maxPerAddressPerHour, version)));
        if (saved != null) {
            show(saved);
            Notifications.success(getTranslation("antispam.saved"));
        }
    }

    void addBlock() {
        BlockKind kind = blockKind.getValue();
        BlockEntry added = kind == null ? null
                : Forms.attempt(this, () -> antiSpam.block(kind, blockValue.getValue(), blockNote.getValue()));
        if (added != null) {
            blockValue.clear();
            blockNote.clear();
            refreshBlockList();
            Notifications.success(getTranslation("antispam.block.added"));
        }
    }

    private void show(AntiSpamSettings settings) {
        version = settings.version();
        numbers.minNameLength = settings.minNameLength();
        numbers.minAddressLength = settings.minAddressLength();
        numbers.maxPerPhonePerHour = settings.maxPerPhonePerHour();
        numbers.maxPerAddressPerHour = settings.maxPerAddressPerHour();
        binder.readBean(numbers);
    }

    private void refreshBlockList() {
        blockList.setItems(antiSpam.blockList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("antispam.title") + " · Orderan";
    }
}
