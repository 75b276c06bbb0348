package cn.jiandang.household;

import cn.jiandang.JiandangApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household module in parts: the core (this package and {@code internal}) is the API the parts are built on and
 * never depends on them; the parts depend on each other one way only; each part other modules use is a named
 * interface. Spring Modulith checks other modules against these; this test checks the inside of the module.
 */
class HouseholdPartsTest {

    private static final String[] PARTS = {
        "cn.jiandang.household.naturalchange..",
        "cn.jiandang.household.correction..",
        "cn.jiandang.household.basedata..",
        "cn.jiandang.household.adjustment..",
        "cn.jiandang.household.counts..",
        "cn.jiandang.household.project..",
        "cn.jiandang.household.search..",
        "cn.jiandang.household.ui..",
        "cn.jiandang.household.api..",
        "cn.jiandang.household.bulk.."
    };

    private static final JavaClasses HOUSEHOLD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jiandang.household");

    @Test
    void theCoreNeverDependsOnItsParts() {
        noClasses()
                .that()
                .resideInAnyPackage("cn.jiandang.household", "cn.jiandang.household.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PARTS)
                .check(HOUSEHOLD);
    }

    @Test
    void thePartsDependOnEachOtherOneWayOnly() {
        slices().matching("cn.jiandang.household.(*)..")
                .should()
                .beFreeOfCycles()
                .check(HOUSEHOLD);
    }

    @Test
    void eachPartOtherModulesUseIsANamedInterfaceAndThePersistenceIsNone() {
        ApplicationModule household = ApplicationModules.of(JiandangApplication.class)
                .getModuleByName("household")
                .orElseThrow();

        assertThat(household.getNamedInterfaces().stream()
                        .filter(NamedInterface::isNamed)
                        .map(NamedInterface::getName))
                .containsExactlyInAnyOrder(
                        "naturalchange",
                        "correction",
                        "basedata",
                        "adjustment",
                        "counts",
                        "project",
                        "search",
                        "ui",
                        "bulk");
        assertThat(household.getNamedInterfaces().stream()
                        .flatMap(NamedInterface::asJavaClasses)
                        .map(c -> c.getPackageName()))
                .noneMatch(p -> p.startsWith("cn.jiandang.household.internal"))
                .noneMatch(p -> p.startsWith("cn.jiandang.household.api"));
    }
}
