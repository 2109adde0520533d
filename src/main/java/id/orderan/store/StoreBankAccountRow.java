package id.orderan.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One bank account printed on invoices and offered in {rekening}. Not versioned on its own: the list is
 * replaced as a whole when the store profile is saved, and the profile's version guards that save.
 *
 * @see "docs/decisions/0041-bank-accounts-as-rows.md"
 */
@Entity
@Table(name = "store_bank_account")
class StoreBankAccountRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable Long id;

    @Column(name = "store_profile_id", nullable = false)
    long storeProfileId = 1L;

    @Column(nullable = false)
    int position;

    @Column(nullable = false, length = 60)
    String bank = "";

    @Column(name = "account_number", nullable = false, length = 30)
    String accountNumber = "";

    @Column(nullable = false, length = 120)
    String holder = "";

    StoreProfile.BankAccount toAccount() {
        return new StoreProfile.BankAccount(bank, accountNumber, holder);
    }
}
