package id.orderan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary indexes taken off tables for a bulk load and put back afterwards in one sorted build per
 * table, exactly as Liquibase made them (read from {@code information_schema.STATISTICS}, so a new
 * changeset's index is covered without touching this class).
 *
 * <p>The definitions are written to a file beside the data directory before anything is dropped: a load
 * that dies half-way (Ctrl+C, a full disk) leaves the file, and the next run puts those indexes back
 * first, so a benchmark never measures a database that silently lost an index.
 */
final class DeferredIndexes {

    /** MariaDB's ER_DROP_INDEX_FK: the index backs a foreign key and stays. */
    private static final int BACKS_A_FOREIGN_KEY = 1553;

    record Index(String table, String name, String definition, boolean fulltext) {

        String add() {
            return "ALTER TABLE " + table + " ADD " + definition;
        }
    }

    private final Connection connection;
    private final List<Index> dropped;
    private final Path file;

    private DeferredIndexes(Connection connection, List<Index> dropped, Path file) {
        this.connection = connection;
        this.dropped = dropped;
        this.file = file;
    }

    /** Beside the benchmark's data directory: {@code data/bench-mariadb-deferred-indexes.sql}. */
    static Path besideDataDir() {
        return Path.of(BenchmarkDataDir.current() + "-deferred-indexes.sql");
    }

    /**
     * Restores what an interrupted load left in {@code file}, then drops the tables' secondary indexes (not
     * those a foreign key needs), noting them in {@code file} first.
     */
    static DeferredIndexes drop(Connection connection, List<String> tables, Path file) throws SQLException {
        restoreLeftovers(connection, file);
        List<Index> planned = read(connection, tables);
        write(file, planned);
        List<Index> dropped = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (Index index : planned) {
                try {
                    s.execute("ALTER TABLE " + index.table() + " DROP INDEX " + index.name());
                    dropped.add(index);
                } catch (SQLException e) {
                    if (e.getErrorCode() != BACKS_A_FOREIGN_KEY) {
                        throw e;
                    }
                }
            }
        }
        return new DeferredIndexes(connection, dropped, file);
    }

    /** Builds the dropped indexes again: B-trees of a table in one ALTER, each FULLTEXT on its own (InnoDB's rule). */
    void restore() throws SQLException {
        add(connection, dropped);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Index> dropped() {
        return List.copyOf(dropped);
    }

    private static void restoreLeftovers(Connection connection, Path file) throws SQLException {
        if (!Files.exists(file)) {
            return;
        }
        List<Index> missing = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split("\t", 4);
                if (parts.length == 4 && !exists(connection, parts[0], parts[1])) {
                    missing.add(new Index(parts[0], parts[1], parts[3], Boolean.parseBoolean(parts[2])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("[bench] an interrupted load left %d indexes out: adding them back%n", missing.size());
        add(connection, missing);
    }

    private static void add(Connection connection, List<Index> indexes) throws SQLException {
        Map<String, List<String>> btrees = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (Index index : indexes) {
                if (!index.fulltext()) {
                    btrees.computeIfAbsent(index.table(), t -> new ArrayList<>()).add("ADD " + index.definition());
                }
            }
            for (var table : btrees.entrySet()) {
                s.execute("ALTER TABLE " + table.getKey() + " " + String.join(", ", table.getValue()));
            }
            for (Index index : indexes) {
                if (index.fulltext()) {
                    s.execute(index.add());
                }
            }
        }
    }

    private static boolean exists(Connection connection, String table, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ? LIMIT 1")) {
            ps.setString(1, table);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Each secondary index as DDL: kind, columns in order with prefix lengths and descending order. */
    static List<Index> read(Connection connection, List<String> tables) throws SQLException {
        Map<String, Index> byName = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, SUB_PART, COLLATION
                FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY'
                ORDER BY INDEX_NAME, SEQ_IN_INDEX""")) {
            for (String table : tables) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = table + "." + rs.getString("INDEX_NAME");
                        String column = "`" + rs.getString("COLUMN_NAME") + "`"
                                + (rs.getObject("SUB_PART") == null ? "" : "(" + rs.getInt("SUB_PART") + ")")
                                + ("D".equals(rs.getString("COLLATION")) ? " DESC" : "");
                        columns.computeIfAbsent(key, k -> new ArrayList<>()).add(column);
                        String kind = "FULLTEXT".equals(rs.getString("INDEX_TYPE")) ? "FULLTEXT INDEX"
                                : rs.getInt("NON_UNIQUE") == 0 ? "UNIQUE INDEX" : "INDEX";
                        byName.putIfAbsent(key, new Index(table, rs.getString("INDEX_NAME"), kind,
                                "FULLTEXT INDEX".equals(kind)));
                    }
                }
            }
        }
        List<Index> indexes = new ArrayList<>();
        byName.forEach((key, index) -> indexes.add(new Index(index.table(), index.name(), index.definition() + " `"
                + index.name() + "` (" + String.join(", ", columns.get(key)) + ")", index.fulltext())));
        return indexes;
    }

    private static void write(Path file, List<Index> indexes) {
        var text = new StringBuilder();
        indexes.forEach(i -> text.append(i.table()).append('\t').append(i.name()).append('\t').append(i.fulltext())
                .append('\t').append(i.definition()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
