package id.orderan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.orderan.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark generator's index round trip, on copies of the real tables ({@code CREATE TABLE … LIKE}
 * keeps every index, FULLTEXT included), so the shared test schema is never altered.
 */
class DeferredIndexesTest extends IntegrationTest {

    private static final List<String> COPIES = List.of("deferred_probe_order", "deferred_probe_line");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void copyTables() {
        dropCopies();
        jdbc.execute("CREATE TABLE deferred_probe_order LIKE sales_order");
        jdbc.execute("CREATE TABLE deferred_probe_line LIKE order_line");
    }

    @AfterEach
    void dropCopies() {
        COPIES.forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + table));
    }

    @Test
    void dropped_indexes_come_back_exactly_as_they_were_and_the_note_is_removed() throws Exception {
        List<String> before = indexes();
        Path note = dir.resolve("indexes.sql");
        try (Connection c = dataSource.getConnection()) {
            var deferred = DeferredIndexes.drop(c, COPIES, note);
            assertThat(deferred.dropped()).extracting(DeferredIndexes.Index::name)
                    .contains("ft_sales_order_customer_name", "ix_sales_order_status_created", "uk_sales_order_number");
            assertThat(indexes()).hasSizeLessThan(before.size() / 4);
            assertThat(note).exists();

            deferred.restore();
        }
        assertThat(indexes()).containsExactlyElementsOf(before);
        assertThat(note).doesNotExist();
    }

    @Test
    void indexes_left_out_by_an_interrupted_load_are_added_back_on_the_next_load() throws Exception {
        List<String> before = indexes();
        Path note = dir.resolve("indexes.sql");
        try (Connection c = dataSource.getConnection()) {
            DeferredIndexes.drop(c, COPIES, note); // the load dies here: restore() never runs
            assertThat(indexes()).isNotEqualTo(before);

            var next = DeferredIndexes.drop(c, List.of(), note); // the next load's first step
            assertThat(next.dropped()).isEmpty();
        }
        assertThat(indexes()).containsExactlyElementsOf(before);
        assertThat(Files.readString(note)).isEmpty(); // the next load noted nothing of its own to restore
    }

    /** Each index of the copies as name, uniqueness, type and column list, in a stable order. */
    private List<String> indexes() {
        return jdbc.queryForList("""
                SELECT CONCAT(TABLE_NAME, ' ', INDEX_NAME, ' ', NON_UNIQUE, ' ', INDEX_TYPE, ' ',
                  GROUP_CONCAT(COLUMN_NAME, COALESCE(CONCAT('(', SUB_PART, ')'), ''), COALESCE(COLLATION, '')
                    ORDER BY SEQ_IN_INDEX))
                FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('deferred_probe_order', 'deferred_probe_line')
                GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE ORDER BY TABLE_NAME, INDEX_NAME""", String.class);
    }
}
