package id.orderan.store.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.ui.Forms;
import id.orderan.base.ui.Notifications;
import id.orderan.base.ui.Uploads;
import id.orderan.security.AppRoles;
import id.orderan.store.StoreProfile;
import id.orderan.store.StoreService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Pengaturan › Toko: what invoices, labels and buyers see. Admins only. */
@Route("settings/store")
@RolesAllowed(AppRoles.ADMIN)
public class StoreSettingsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextArea address = new TextArea();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final BankAccountsEditor banks;
    final TextArea footer = new TextArea();
    final Select<String> labelFormat = new Select<>();
    final Upload logoUpload;
    final Image logoPreview = new Image();
    final Button save = new Button();
    byte @Nullable [] logo;
    /** The version this form was filled from: a save on top of someone else's is refused. */
    long version;

    public StoreSettingsView(StoreService stores) {
        addClassName("orderan-page");
        setMaxWidth("56rem");
        StoreProfile profile = stores.profile();
        name.setLabel(getTranslation("store.name"));
        name.setValue(profile.name());
        name.setRequired(true);
        address.setLabel(getTranslation("store.address"));
        address.setValue(profile.address());
        phone.setLabel(getTranslation("store.phone"));
        phone.setValue(profile.phone());
        email.setLabel(getTranslation("store.email"));
        email.setValue(profile.email());
        banks = new BankAccountsEditor(profile.banks());
        version = profile.version();
        footer.setLabel(getTranslation("store.footer"));
        footer.setValue(profile.invoiceFooter());
        labelFormat.setLabel(getTranslation("store.label-format"));
        labelFormat.setItems("100x150", "a6", "a4-4up");
        labelFormat.setItemLabelGenerator(f -> switch (f) {
            case "a6" -> "A6";
            case "a4-4up" -> "A4 (4 label)";
            default -> "Thermal 100×150 mm";
        });
        labelFormat.setValue(profile.labelFormat());
        logo = profile.logo();
        logoPreview.setVisible(logo != null);
        if (profile.logoDataUri() != null) {
            logoPreview.setSrc(profile.logoDataUri());
        }
        logoPreview.setHeight("4rem");
        logoUpload = Uploads.inMemory(StoreService.MAX_LOGO_BYTES, (metadata, bytes) -> logo = bytes,
                ".png", ".jpg", ".jpeg");

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickListener(e -> save(stores));

        var form = new FormLayout(name, phone, email, labelFormat, address, footer);
        form.setColspan(address, 2);
        form.setColspan(footer, 2);
        add(new H2(getTranslation("store.title")), form, banks, new Span(
                getTranslation("store.logo")), logoPreview, logoUpload, save);
    }

    void save(StoreService stores) {
        StoreProfile saved = Forms.attempt(this, () -> stores.save(new StoreProfile(name.getValue(), address.getValue(),
                phone.getValue(), email.getValue(), banks.accounts(), footer.getValue(), labelFormat.getValue(), logo,
                null, version)));
        if (saved != null) {
            version = saved.version();
            banks.show(saved.banks());
            if (saved.logoDataUri() != null) {
                logoPreview.setSrc(saved.logoDataUri());
                logoPreview.setVisible(true);
            }
            Notifications.success(getTranslation("store.saved"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("store.title") + " · Orderan";
    }
}
