package id.orderan.store.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.orderan.store.StoreProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's bank accounts as a list the admin edits in place: add, remove, move up or down. The order
 * is the order on invoices and in {rekening}. Saved with the rest of the store profile.
 */
class BankAccountsEditor extends VerticalLayout {

    /** One account: three fields and its buttons. */
    final class AccountRow extends FlexLayout {
        final TextField bank = new TextField(getTranslation("store.bank.bank"));
        final TextField number = new TextField(getTranslation("store.bank.number"));
        final TextField holder = new TextField(getTranslation("store.bank.holder"));
        final Button up = iconButton(VaadinIcon.ARROW_UP, "store.bank.up");
        final Button down = iconButton(VaadinIcon.ARROW_DOWN, "store.bank.down");
        final Button remove = iconButton(VaadinIcon.TRASH, "store.bank.remove");

        AccountRow(StoreProfile.BankAccount account) {
            addClassName("orderan-bank-account");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            getStyle().set("gap", "var(--lumo-space-s)");
            bank.setValue(account.bank());
            bank.setPlaceholder(getTranslation("store.bank.bank.placeholder"));
            bank.setMaxLength(60);
            bank.setRequiredIndicatorVisible(true);
            number.setValue(account.number());
            number.setMaxLength(30);
            number.setRequiredIndicatorVisible(true);
            number.setHelperText(getTranslation("store.bank.number.helper"));
            holder.setValue(account.holder());
            holder.setMaxLength(120);
            holder.setRequiredIndicatorVisible(true);
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            up.addClickListener(e -> move(this, -1));
            down.addClickListener(e -> move(this, 1));
            remove.addClickListener(e -> {
                rows.remove(this);
                render();
            });
            add(bank, number, holder, up, down, remove);
        }

        boolean isBlank() {
            return bank.getValue().isBlank() && number.getValue().isBlank() && holder.getValue().isBlank();
        }

        StoreProfile.BankAccount value() {
            return new StoreProfile.BankAccount(bank.getValue(), number.getValue(), holder.getValue());
        }
    }

    final List<AccountRow> rows = new ArrayList<>();
    final Button addAccount = new Button();
    private final VerticalLayout list = new VerticalLayout();
    private final Paragraph empty = new Paragraph();

    BankAccountsEditor(List<StoreProfile.BankAccount> accounts) {
        setPadding(false);
        list.setPadding(false);
        list.setSpacing(true);
        empty.setText(getTranslation("store.bank.empty"));
        addAccount.setText(getTranslation("store.bank.add"));
        addAccount.setIcon(VaadinIcon.PLUS.create());
        addAccount.addClickListener(e -> {
            AccountRow row = new AccountRow(new StoreProfile.BankAccount("", "", ""));
            rows.add(row);
            render();
            row.bank.focus();
        });
        accounts.forEach(account -> rows.add(new AccountRow(account)));
        add(new H3(getTranslation("store.banks")), empty, list, addAccount);
        render();
    }

    /** The accounts in the order shown; rows left completely empty are not accounts. */
    List<StoreProfile.BankAccount> accounts() {
        return rows.stream().filter(row -> !row.isBlank()).map(AccountRow::value).toList();
    }

    /** After a save: show what was stored (numbers without separators). */
    void show(List<StoreProfile.BankAccount> accounts) {
        rows.clear();
        accounts.forEach(account -> rows.add(new AccountRow(account)));
        render();
    }

    private void move(AccountRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
            render();
        }
    }

    private void render() {
        list.removeAll();
        rows.forEach(list::add);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).up.setEnabled(i > 0);
            rows.get(i).down.setEnabled(i < rows.size() - 1);
        }
        empty.setVisible(rows.isEmpty());
    }

    private Button iconButton(VaadinIcon icon, String labelKey) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
