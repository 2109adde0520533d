package id.orderan.store;

import id.orderan.base.BusinessException;
import id.orderan.base.ChangeFeed;
import id.orderan.security.Permissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pengaturan › Toko: the store's name, contacts, bank accounts, logo and label paper. Admins only edit it.
 *
 * @see "docs/decisions/0041-bank-accounts-as-rows.md"
 * @see <a href="../../../../../../docs/decisions/0190-change-feed-across-nodes.md">0190 change feed</a>
 * @see <a href="../../../../../../docs/decisions/0191-node-caches-forgotten-through-the-feed.md">0191 caches</a>
 */
@Service
@EnableConfigurationProperties(StoreDefaults.class)
public class StoreService {

    public static final int MAX_LOGO_BYTES = 1024 * 1024;
    public static final Set<String> LABEL_FORMATS = Set.of("100x150", "a6", "a4-4up");

    private final StoreProfileRepository rows;
    private final StoreBankAccountRepository bankRows;
    private final StoreDefaults defaults;
    private final EntityManager entityManager;

    /** The {@link ChangeFeed} topic a save records: other nodes forget their remembered profile. */
    static final String TOPIC = "store";
    /** How long a remembered profile is trusted without a feed row: a backstop should a row be missed. */
    static final long MAX_AGE_NANOS = 60_000_000_000L;

    private final ChangeFeed feed;

    StoreService(StoreProfileRepository rows, StoreBankAccountRepository bankRows, StoreDefaults defaults,
            EntityManager entityManager, ChangeFeed feed) {
        this.feed = feed;
        feed.subscribe(TOPIC, this::forget);
        this.rows = rows;
        this.bankRows = bankRows;
        this.defaults = defaults;
        this.entityManager = entityManager;
    }

    /**
     * Read on every document: kept in memory, replaced when an admin saves here, forgotten when another
     * node's save arrives through the {@link ChangeFeed} (and after {@link #MAX_AGE_NANOS} anyway).
     */
    private volatile @Nullable StoreProfile cached;
    private volatile long loadedAt;
    /** Moves on at every {@link #forget}: a read that started before it must not keep what it read. */
    private final AtomicLong generation = new AtomicLong();

    /** Anyone may read it: it is printed on every document and shown to buyers. */
    @Transactional(readOnly = true)
    public StoreProfile profile() {
        StoreProfile profile = cached;
        if (profile == null || System.nanoTime() - loadedAt > MAX_AGE_NANOS) {
            long before = generation.get();
            profile = rows.findById(1L).map(row -> toProfile(row, bankRows.findByStoreProfileIdOrderByPosition(1L).stream()
                    .map(StoreBankAccountRow::toAccount).toList())).orElseGet(defaults::toProfile);
            if (generation.get() == before) {
                loadedAt = System.nanoTime();
                cached = profile;
            }
        }
        return profile;
    }

    /**
     * Saves the profile and replaces the bank accounts with the given list, in its order. The profile
     * carries the version it was read with: when someone saved in between, nothing changes and
     * {@code error.store.changed} says so. The row is locked while saving, so two saves cannot cross.
     */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public StoreProfile save(StoreProfile profile) {
        if (profile.name().isBlank()) {
            throw new BusinessException("error.store.name-required");
        }
        if (!LABEL_FORMATS.contains(profile.labelFormat())) {
            throw new BusinessException("error.document.format", profile.labelFormat());
        }
        // downscaled once here, not by every PDF that prints it (an unchanged logo is already small)
        Logos.@Nullable Logo logo = profile.logo() == null ? null : Logos.fitted(profile.logo());
        List<StoreProfile.BankAccount> banks = BankAccounts.validated(profile.banks());
        StoreProfileRow row = entityManager.find(StoreProfileRow.class, 1L, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            if (profile.version() != StoreProfile.NEVER_SAVED) {
                throw new BusinessException("error.store.changed");
            }
            row = new StoreProfileRow();
            entityManager.persist(row);
        } else if (row.version != profile.version()) {
            throw new BusinessException("error.store.changed");
        } else {
            // the version moves on also when only the bank accounts (rows of another table) change
            entityManager.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        row.name = profile.name().trim();
        row.address = profile.address().trim();
        row.phone = profile.phone().trim();
        row.email = profile.email().trim();
        row.invoiceFooter = profile.invoiceFooter().trim();
        row.labelFormat = profile.labelFormat();
        row.logo = logo == null ? null : logo.bytes();
        row.logoType = logo == null ? null : logo.type();
        entityManager.flush(); // the profile row exists before its accounts point at it
        bankRows.deleteByStoreProfile(1L);
        for (int i = 0; i < banks.size(); i++) {
            var account = new StoreBankAccountRow();
            account.position = i;
            account.bank = banks.get(i).bank();
            account.accountNumber = banks.get(i).number();
            account.holder = banks.get(i).holder();
            bankRows.save(account);
        }
        entityManager.flush();
        StoreProfile saved = toProfile(row, banks);
        feed.record(TOPIC);
        loadedAt = System.nanoTime();
        cached = saved;
        return saved;
    }

    /** PNG or JPEG up to 1 MB, judged by the bytes, not by the file name. */
    static String logoType(byte[] logo) {
        if (logo.length > MAX_LOGO_BYTES) {
            throw new BusinessException("error.store.logo-too-large");
        }
        if (logo.length > 3 && (logo[0] & 0xFF) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G') {
            return "image/png";
        }
        if (logo.length > 2 && (logo[0] & 0xFF) == 0xFF && (logo[1] & 0xFF) == 0xD8 && (logo[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        throw new BusinessException("error.store.logo-type");
    }

    private static StoreProfile toProfile(StoreProfileRow row, List<StoreProfile.BankAccount> banks) {
        return new StoreProfile(row.name, orEmpty(row.address), orEmpty(row.phone), orEmpty(row.email), banks,
                orEmpty(row.invoiceFooter), row.labelFormat, row.logo, row.logoType, row.version);
    }

    /** Forgets the remembered profile: another node saved it, or a test reset the table underneath. */
    public void forget() {
        generation.incrementAndGet();
        cached = null;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
