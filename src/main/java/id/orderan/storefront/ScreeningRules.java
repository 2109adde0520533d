package id.orderan.storefront;

import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules every screening applies, read from the database so every node applies the same ones.
 * The settings are one primary-key read per screening; the block list is kept in memory and read
 * again only when its revision (count and highest id: ids are never reused, so any add or remove
 * changes it) differs, so an admin's change applies on every node from the next submission on.
 */
@Component
class ScreeningRules {

    record Rules(AntiSpamSettings settings, BlockList blockList) {}

    private record Cached(String revision, BlockList blockList) {}

    private final AntiSpamSettingRepository settings;
    private final BlockEntryRepository blocks;
    private final JdbcTemplate jdbc;
    private volatile Cached cached = new Cached("", BlockList.EMPTY);

    ScreeningRules(AntiSpamSettingRepository settings, BlockEntryRepository blocks, JdbcTemplate jdbc) {
        this.settings = settings;
        this.blocks = blocks;
        this.jdbc = jdbc;
    }

    /** Call inside a transaction (the screening's). */
    Rules current() {
        AntiSpamSettings current = settings.findById(1L).map(AntiSpamSettingRow::toSettings)
                .orElse(AntiSpamSettings.DEFAULTS);
        String revision = Objects.requireNonNull(jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), ':', COALESCE(MAX(id), 0)) FROM antispam_block", String.class));
        Cached known = cached;
        if (!known.revision().equals(revision)) {
            List<BlockEntry> entries = blocks.findAll().stream().map(BlockEntryRow::toEntry).toList();
            known = new Cached(revision, BlockList.of(entries));
            cached = known;
        }
        return new Rules(current, known.blockList());
    }
}
