package id.orderan;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Orderan: the order back office. Styles are plain stylesheets (Lumo plus our theme from
 * {@code frontend/themes/orderan}, served as a static resource), so Vaadin uses its pre-compiled
 * bundle and neither development nor a production build needs Node.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("themes/orderan/styles.css")
@Meta(name = "theme-color", content = "#0f766e")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Orderan");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
