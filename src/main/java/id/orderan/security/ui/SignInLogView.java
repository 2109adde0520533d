package id.orderan.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.orderan.base.JakartaTime;
import id.orderan.security.AppRoles;
import id.orderan.security.SignInRow;
import id.orderan.security.UserService;
import jakarta.annotation.security.RolesAllowed;

/** Pengaturan › Log masuk: every sign-in attempt, newest first (lazy; the table only grows). */
@Route("settings/sign-in-log")
@RolesAllowed(AppRoles.ADMIN)
public class SignInLogView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SignInRow> grid = new Grid<>(SignInRow.class, false);

    public SignInLogView(UserService users) {
        addClassName("orderan-page");
        setSizeFull();
        grid.addColumn(row -> JakartaTime.format(row.attemptedAt(), getLocale())).setKey("time")
                .setHeader(getTranslation("signin.column.time")).setAutoWidth(true);
        grid.addColumn(SignInRow::username).setKey("username").setHeader(getTranslation("signin.column.username")).setFlexGrow(2);
        grid.addColumn(SignInRow::clientAddress).setKey("address").setHeader(getTranslation("signin.column.address")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.outcome().labelKey())).setKey("outcome")
                .setHeader(getTranslation("signin.column.outcome")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("signin.empty"));
        // no count: the log only grows, and COUNT(*) over it would cost more than the page itself
        grid.setItems(query -> users.signInLog(query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        add(new H2(getTranslation("signin.title")), new Paragraph(getTranslation("signin.help")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title") + " · Orderan";
    }
}
