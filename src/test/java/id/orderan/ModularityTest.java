package id.orderan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features depend one way (decisions 0100, 0101): each module uses only what its
 * {@code package-info} allows, reaches other modules only through their base package or a named
 * interface, and no two modules depend on each other. Plain Java: no Spring context is started.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_modules_depend_one_way_and_only_as_their_package_info_allows() {
        MODULES.verify();
    }

    /** The module diagrams and canvases under target/spring-modulith-docs, for reading, not checked in. */
    @Test
    void the_module_documentation_is_written_to_target() {
        String folder = "target/spring-modulith-docs";
        new Documenter(MODULES, folder).writeDocumentation();
        assertThat(Path.of(folder, "components.puml")).content()
                .contains("Rel(Application.Application.Payment, Application.Application.Order, \"uses\"")
                .doesNotContain("Rel(Application.Application.Order, Application.Application.Payment");
    }
}
