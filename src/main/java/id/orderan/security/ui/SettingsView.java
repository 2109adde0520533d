package id.orderan.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.Translations;
import id.orderan.security.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** Pengaturan: for now each user's language; store settings join here later. */
@Route("settings")
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    public SettingsView(UserService userService) {
        addClassName("orderan-page");
        var language = new RadioButtonGroup<Locale>(getTranslation("settings.language"));
        language.setItems(Translations.INDONESIAN, Translations.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "Bahasa Indonesia");
        language.setValue(Translations.supported(getLocale()));
        language.setId("language");
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                userService.changeCurrentUserLocale(event.getValue());
                UI ui = UI.getCurrent();
                ui.setLocale(event.getValue());
                ui.getPage().reload();
            }
        });
        add(new H2(getTranslation("settings.title")), new Paragraph(getTranslation("settings.language.help")), language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · Orderan";
    }
}
