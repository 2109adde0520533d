package id.orderan.storefront;

import id.orderan.base.BusinessException;
import id.orderan.security.CurrentUser;
import id.orderan.security.Permissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pengaturan › Anti-spam (ADMIN): the numbers of the order forms' screening and the block list. The
 * screening itself ({@link OrderScreening}) reads them anonymously inside the storefront; this is the
 * admins' door. A public service of its own rather than more methods on {@link StorefrontService},
 * which serves buyers and has no role check.
 *
 * @see <a href="../../../../../../docs/decisions/0145-anti-spam-rules.md">0145 anti-spam rules</a>
 */
@Service
public class AntiSpamService {

    static final int MIN_ADDRESS_FRAGMENT = 5;
    static final int MAX_VALUE = 200;
    static final int MAX_NOTE = 200;

    private final AntiSpamSettingRepository settingRows;
    private final BlockEntryRepository blockRows;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Clock clock;

    AntiSpamService(AntiSpamSettingRepository settingRows, BlockEntryRepository blockRows, EntityManager entityManager,
            CurrentUser currentUser, Clock clock) {
        this.settingRows = settingRows;
        this.blockRows = blockRows;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The saved settings, or the defaults (version {@link AntiSpamSettings#NEVER_SAVED}) before the first save. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTERS)
    public AntiSpamSettings settings() {
        return settingRows.findById(1L).map(AntiSpamSettingRow::toSettings).orElse(AntiSpamSettings.DEFAULTS);
    }

    /**
     * Saves the numbers. They carry the version they were read with: when another admin saved in
     * between, nothing changes and {@code error.antispam.changed} says so.
     */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public AntiSpamSettings save(AntiSpamSettings settings) {
        check(settings.minNameLength(), AntiSpamSettings.MAX_NAME_LENGTH, "antispam.min-name");
        check(settings.minAddressLength(), AntiSpamSettings.MAX_ADDRESS_LENGTH, "antispam.min-address");
        check(settings.maxPerPhonePerHour(), AntiSpamSettings.MAX_PER_PHONE, "antispam.per-phone");
        check(settings.maxPerAddressPerHour(), AntiSpamSettings.MAX_PER_ADDRESS, "antispam.per-address");
        AntiSpamSettingRow row = entityManager.find(AntiSpamSettingRow.class, 1L, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            if (settings.version() != AntiSpamSettings.NEVER_SAVED) {
                throw new BusinessException("error.antispam.changed");
            }
            row = new AntiSpamSettingRow();
        } else if (row.version != settings.version()) {
            throw new BusinessException("error.antispam.changed");
        }
        row.minNameLength = settings.minNameLength();
        row.minAddressLength = settings.minAddressLength();
        row.maxPerPhonePerHour = settings.maxPerPhonePerHour();
        row.maxPerAddressPerHour = settings.maxPerAddressPerHour();
        row.updatedBy = currentUser.actorName();
        row.updatedAt = clock.instant();
        try {
            row = settingRows.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("error.antispam.changed"); // two first saves at once: one wins
        }
        return row.toSettings();
    }

    /** The block list, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTERS)
    public List<BlockEntry> blockList() {
        return blockRows.newestFirst().stream().map(BlockEntryRow::toEntry).toList();
    }

    /**
     * Adds a number (stored normalised: every spelling of it is one entry) or an address fragment
     * (at least {@value #MIN_ADDRESS_FRAGMENT} characters, so a stray "jl" cannot flag every order).
     * Who and when are recorded. The same entry twice is refused.
     */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public BlockEntry block(BlockKind kind, String value, @Nullable String note) {
        String stored = switch (kind) {
            case PHONE -> BlockList.normalizedPhone(value)
                    .orElseThrow(() -> new BusinessException("error.antispam.block-phone-invalid"));
            case ADDRESS -> {
                String fragment = value.strip().replaceAll("\\s+", " ");
                if (BlockList.addressWords(fragment).length() < MIN_ADDRESS_FRAGMENT) {
                    throw new BusinessException("error.antispam.block-address-short", MIN_ADDRESS_FRAGMENT);
                }
                if (fragment.length() > MAX_VALUE) {
                    throw new BusinessException("error.antispam.block-too-long", MAX_VALUE);
                }
                yield fragment;
            }
        };
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new BusinessException("error.antispam.block-note-too-long", MAX_NOTE);
        }
        boolean known = blockRows.findAll().stream().map(BlockEntryRow::toEntry)
                .anyMatch(e -> e.kind() == kind && same(kind, e.value(), stored));
        if (known) {
            throw new BusinessException("error.antispam.block-duplicate");
        }
        try {
            return blockRows.saveAndFlush(new BlockEntryRow(kind, stored, cleanNote, currentUser.actorName(),
                    clock.instant())).toEntry();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("error.antispam.block-duplicate"); // added by someone else just now
        }
    }

    /** Removes an entry; one removed meanwhile (another admin, a double click) is simply gone. */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTERS)
    public void unblock(long id) {
        blockRows.findById(id).ifPresent(blockRows::delete);
    }

    private static boolean same(BlockKind kind, String a, String b) {
        return kind == BlockKind.PHONE ? a.equals(b) : BlockList.addressWords(a).equals(BlockList.addressWords(b));
    }

    private static void check(int value, int max, String fieldKey) {
        if (value < 0 || value > max) {
            throw new BusinessException("error.antispam.out-of-range", fieldKey, 0, max);
        }
    }
}
