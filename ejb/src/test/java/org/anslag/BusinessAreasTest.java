package org.anslag;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.PersistenceContext;

/**
 * The business areas build on each other in one direction, so that an area can be read and
 * changed with only the areas below it in mind. Read from the compiled classes, so a fully
 * qualified name in a method body counts as much as an import. A failure names the cycle and
 * every dependency along it.
 */
@AnalyzeClasses(packages = "org.anslag", importOptions = ImportOption.DoNotIncludeTests.class)
class BusinessAreasTest {

    @ArchTest
    static final ArchRule areasDependOnEachOtherWithoutCycles = slices().matching("org.anslag.(*)..")
            .namingSlices("$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedNeedsNoBusinessArea = noClasses().that().resideInAPackage("org.anslag.shared..")
            .should().dependOnClassesThat(anslagOutside("org.anslag.shared.."));

    /** The models call beans of the areas by name; the engine's own code calls none of them. */
    @ArchTest
    static final ArchRule workflowNeedsNoBusinessArea = noClasses().that().resideInAPackage("org.anslag.workflow..")
            .should().dependOnClassesThat(anslagOutside("org.anslag.workflow..", "org.anslag.shared.."));

    /**
     * Only enterprise beans hold an entity manager. A CDI bean with its own persistence context
     * made WildFly refuse every redeployment of the EAR ("persistenceunit ... not found" from
     * Weld's start): a CDI bean that needs the database asks an enterprise bean.
     */
    @ArchTest
    static final ArchRule onlyEnterpriseBeansHoldAnEntityManager = fields()
            .that().areAnnotatedWith(PersistenceContext.class)
            .should().beDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(Singleton.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(Stateful.class);

    @ArchTest
    static final ArchRule nothingNeedsTheDemoData = noClasses().that().resideOutsideOfPackage("org.anslag.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.anslag.demo..");

    @ArchTest
    static final ArchRule nothingNeedsTheHealthChecks = noClasses().that().resideOutsideOfPackage("org.anslag.health..")
            .should().dependOnClassesThat().resideInAPackage("org.anslag.health..");

    private static DescribedPredicate<JavaClass> anslagOutside(String... allowed) {
        return resideInAPackage("org.anslag..").and(resideOutsideOfPackages(allowed))
                .as("classes of Anslag outside %s", String.join(", ", allowed));
    }
}
