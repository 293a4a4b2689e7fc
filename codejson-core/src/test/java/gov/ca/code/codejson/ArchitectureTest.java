package gov.ca.code.codejson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The package rules of the core, checked on its compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gov.ca.code.codejson");

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("gov.ca.code.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void onlyTheJsonPackageUsesJackson() {
        noClasses().that().resideOutsideOfPackage("gov.ca.code.codejson.json")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(CORE);
    }

    @Test
    void theCoreKnowsNothingOfMaven() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(CORE);
    }
}
