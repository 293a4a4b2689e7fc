package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    /** The adapters' sources, beside this module in the build. */
    private static final List<Path> ADAPTERS = List.of(Path.of("..", "codejson-cli", "src", "main", "java"),
            Path.of("..", "codejson-maven-plugin", "src", "main", "java"), Path.of("..", "codejson-scan", "src", "main", "java"));

    /** POM elements as a user writes them in messages, such as {@code <scm><url>}. */
    private static final Pattern POM_ELEMENT = Pattern.compile("<(scm|url|configuration|issueManagement|ciManagement|licenses?"
            + "|developers?|description|organization|inceptionYear|artifactId|groupId|properties|plugin)>");

    /** A command-line option, such as {@code --family}. */
    private static final Pattern OPTION = Pattern.compile("(^|[^-!])--[a-z]");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void theAdaptersUseNoInternalPackageOfTheCore() throws IOException {
        assertThat(sources(ADAPTERS)).allSatisfy((file, text) -> assertThat(text).as(file.toString())
                .doesNotContain("gov.ca.code.codejson.internal."));
    }

    @Test
    void theCommandLineAndThePluginUseNoJackson() throws IOException {
        // The scanner reads TOML and YAML manifests with Jackson's formats; JSON goes through the core.
        assertThat(sources(ADAPTERS.subList(0, 2))).allSatisfy((file, text) -> assertThat(text).as(file.toString())
                .doesNotContain("tools.jackson").doesNotContain("com.fasterxml.jackson"));
    }

    @Test
    void onlyTheAdaptersSpellPomElementsAndCommandLineOptions() throws IOException {
        Map<Path, String> core = sources(List.of(Path.of("src", "main", "java")));
        List<String> spelled = new ArrayList<>();
        core.forEach((file, text) -> {
            Matcher literal = STRING_LITERAL.matcher(text);
            while (literal.find()) {
                String value = literal.group();
                if (POM_ELEMENT.matcher(value).find() || OPTION.matcher(value).find()) {
                    spelled.add(file.getFileName() + ": " + value);
                }
            }
        });
        assertThat(core).isNotEmpty();
        assertThat(spelled).isEmpty();
    }

    private static Map<Path, String> sources(List<Path> roots) throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        for (Path root : roots) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(file, Files.readString(file));
                }
            }
        }
        return sources;
    }
}
