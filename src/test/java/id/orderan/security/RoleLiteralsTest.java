package id.orderan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Roles are spelled in two places only ({@link Role}, {@link AppRoles}); everything else refers to
 * them, so a renamed or added role cannot leave a check behind.
 */
class RoleLiteralsTest {

    private static final Pattern ROLE_LITERAL = Pattern.compile("[\"'](ROLE_)?(ADMIN|CS|GUDANG)[\"']");
    private static final List<String> ALLOWED = List.of("security/Role.java", "security/AppRoles.java");

    @Test
    void no_source_outside_role_and_app_roles_spells_a_role_name() throws IOException {
        Path root = Path.of("src/main/java/id/orderan");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ALLOWED.stream().noneMatch(a -> p.toString().replace('\\', '/').endsWith(a)))
                    .filter(p -> ROLE_LITERAL.matcher(read(p)).find())
                    .map(p -> root.relativize(p).toString()).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
