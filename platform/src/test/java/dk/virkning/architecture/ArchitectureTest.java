package dk.virkning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** Money and package cycles; the other house rules, with proof that each can fail, are in ArchitectureBoundaryTest. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dk.virkning");

    private static final JavaClasses PLUGIN_API = new ClassFileImporter().importPackages("dk.virkning.spi");

    @Test
    void moneyIsNeverAFloatingPointNumberInPluginResults() {
        noClasses()
                .that()
                .resideInAPackage("dk.virkning.spi..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Double")
                .check(PLUGIN_API);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching("dk.virkning.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }
}
