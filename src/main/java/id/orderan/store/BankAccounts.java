package id.orderan.store;

import id.orderan.base.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks and tidies the bank accounts an admin typed; the old text format is read here too. */
final class BankAccounts {

    static final int MAX_ACCOUNTS = 10;
    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 20;

    /** What people type between digit groups: spaces, dashes, dots, slashes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private BankAccounts() {}

    /**
     * The accounts as they will be stored: trimmed, number reduced to digits. Refuses the whole list on the
     * first bad entry, naming its position (1-based) so the admin finds it.
     */
    static List<StoreProfile.BankAccount> validated(List<StoreProfile.BankAccount> accounts) {
        if (accounts.size() > MAX_ACCOUNTS) {
            throw new BusinessException("error.store.bank-too-many", MAX_ACCOUNTS);
        }
        List<StoreProfile.BankAccount> result = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            StoreProfile.BankAccount account = accounts.get(i);
            int line = i + 1;
            String bank = account.bank().strip();
            String holder = account.holder().strip();
            String number = SEPARATORS.matcher(account.number()).replaceAll("");
            if (bank.isEmpty() || bank.length() > 60) {
                throw new BusinessException("error.store.bank-required", line);
            }
            if (holder.isEmpty() || holder.length() > 120) {
                throw new BusinessException("error.store.bank-holder-required", line);
            }
            if (!DIGITS.matcher(number).matches() || number.length() < MIN_DIGITS || number.length() > MAX_DIGITS) {
                throw new BusinessException("error.store.bank-number", line, MIN_DIGITS, MAX_DIGITS);
            }
            result.add(new StoreProfile.BankAccount(bank, number, holder));
        }
        return List.copyOf(result);
    }

    /**
     * Reads the old {@code Bank|Nomor|Atas nama} lines the way changeset store-004 does (its SQL is the
     * migration; this is its specification in Java, used by tests to compare both).
     */
    static List<StoreProfile.BankAccount> fromTextLines(String text) {
        List<StoreProfile.BankAccount> accounts = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) {
            String[] parts = line.split("\\|", -1);
            String number = parts.length == 3 ? parts[1].replaceAll("[^0-9]", "") : "";
            if (parts.length == 3 && !parts[0].isBlank() && !number.isEmpty()) {
                accounts.add(new StoreProfile.BankAccount(parts[0].trim(), number, parts[2].trim()));
            }
        }
        return accounts;
    }
}
