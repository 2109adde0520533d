package id.orderan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "id.orderan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call their feature's service, which owns transactions and security");

    @ArchTest
    static final ArchRule repositories_are_package_private = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should().notBePublic()
            .because("only the feature's own service may reach its tables");

    /**
     * A feature and its views are one slice, and no two slices depend on each other: features above
     * {@code order} reach the order screens by contributing actions and timeline entries, never by
     * being imported (decision 0100). {@code ModularityTest} checks the same with Spring Modulith, plus
     * each module's allowed dependencies.
     */
    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String name = javaClass.getPackageName();
                    if (!name.startsWith("id.orderan.")) {
                        return SliceIdentifier.ignore();
                    }
                    return SliceIdentifier.of(name.substring("id.orderan.".length()).split("\\.")[0]);
                }

                @Override
                public String getDescription() {
                    return "features, each with its ui";
                }
            })
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule order_imports_nothing_above_it = noClasses()
            .that().resideInAPackage("id.orderan.order..")
            .should().dependOnClassesThat().resideInAnyPackage("id.orderan.payment..", "id.orderan.shipping..",
                    "id.orderan.followup..", "id.orderan.document..")
            .because("those features contribute to the order screens through interfaces order owns (decision 0100)");

    @ArchTest
    static final ArchRule services_do_not_depend_on_the_ui = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("id.orderan..ui..")
            .because("the UI sits on top of the services, never the other way round");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("id.orderan.base..")
            .should().dependOnClassesThat().resideInAnyPackage("id.orderan.order..", "id.orderan.customer..",
                    "id.orderan.catalog..", "id.orderan.payment..", "id.orderan.shipping..",
                    "id.orderan.followup..", "id.orderan.security..", "id.orderan.store..", "id.orderan.document..");
}
