package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import gov.ca.code.codejson.conversion.ShareItTerms;

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

    /** The module declaration of the core, as compiled. */
    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** The packages that are implementation the adapters share, each with the adapters that may read it. */
    private static final Map<String, Set<String>> SHARED = Map.of(
            "gov.ca.code.codejson.files", Set.of("gov.ca.code.codejson.cli", "gov.ca.code.codejson.harvest", "gov.ca.code.codejson.maven",
                    "gov.ca.code.codejson.scan", "gov.ca.code.codejson.site"),
            "gov.ca.code.codejson.license", Set.of("gov.ca.code.codejson.scan"),
            "gov.ca.code.codejson.text", Set.of("gov.ca.code.codejson.cli", "gov.ca.code.codejson.maven"));

    @Test
    void theModuleExportsTheApiAndOpensOnlyToHibernateValidator() throws IOException {
        ModuleDescriptor module = descriptor();
        Set<String> exported = module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        Map<String, Set<String>> qualified = module.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));

        assertThat(exported).contains("gov.ca.code.codejson", "gov.ca.code.codejson.diagnostic", "gov.ca.code.codejson.codegov",
                "gov.ca.code.codejson.shareit", "gov.ca.code.codejson.generate", "gov.ca.code.codejson.merge",
                "gov.ca.code.codejson.metrics").doesNotContainAnyElementsOf(SHARED.keySet())
                .doesNotContain("gov.ca.code.codejson.internal", "gov.ca.code.codejson.source");
        assertThat(qualified).isEqualTo(SHARED);
        assertThat(module.opens()).isNotEmpty().allSatisfy(o -> assertThat(o.targets()).as(o.source())
                .containsExactly("org.hibernate.validator"));
        assertThat(module.isOpen()).isFalse();
    }

    /** The packages of the core, as compiled: the descriptor javac writes does not list them. */
    private static Set<String> packages() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .collect(Collectors.toSet());
        }
    }

    /** {@return the Automatic-Module-Name a module's POM gives its jar, or the empty string} */
    private static String moduleName(Path dir) throws IOException {
        Matcher name = Pattern.compile("<Automatic-Module-Name>([^<]+)</Automatic-Module-Name>")
                .matcher(Files.readString(dir.resolve("pom.xml")));
        return name.find() ? name.group(1) : "";
    }

    @Test
    void theOtherModulesImportOnlyPackagesTheCoreExportsToThem() throws IOException {
        ModuleDescriptor module = descriptor();
        Set<String> packages = packages();
        assertThat(packages).contains("gov.ca.code.codejson.internal", "gov.ca.code.codejson.source");
        Map<Path, String> names = new TreeMap<>();
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path dir : modules.filter(d -> d.getFileName().toString().startsWith("codejson-")
                    && !d.getFileName().toString().equals("codejson-core")).toList()) {
                for (String set : List.of("main", "test")) {
                    Path root = dir.resolve(Path.of("src", set, "java"));
                    if (Files.isDirectory(root)) {
                        roots.add(root);
                        names.put(root, moduleName(dir));
                    }
                }
            }
        }
        assertThat(roots).extracting(r -> r.getName(1).toString())
                .contains("codejson-cli", "codejson-maven-plugin", "codejson-scan", "codejson-harvest", "codejson-git");
        List<String> unexported = new ArrayList<>();
        Set<String> used = new java.util.TreeSet<>();
        for (Path root : roots) {
            String reader = names.get(root);
            sources(List.of(root)).forEach((file, text) -> {
                Matcher imported = IMPORT.matcher(text);
                while (imported.find()) {
                    String pkg = imported.group(1);
                    if (!packages.contains(pkg)) {
                        continue;
                    }
                    used.add(pkg);
                    boolean readable = module.exports().stream().anyMatch(e -> e.source().equals(pkg)
                            && (!e.isQualified() || e.targets().contains(reader)));
                    // The benchmarks time the source measurement and the SPDX list's load themselves; they
                    // run on the class path only.
                    boolean measured = root.startsWith(Path.of("..", "codejson-benchmarks"))
                            && (pkg.equals("gov.ca.code.codejson.source") || pkg.equals("gov.ca.code.codejson.license"));
                    if (!readable && !measured) {
                        unexported.add(file + ": " + imported.group());
                    }
                }
            });
        }
        assertThat(used).contains("gov.ca.code.codejson.diagnostic", "gov.ca.code.codejson.generate", "gov.ca.code.codejson.files",
                "gov.ca.code.codejson.license", "gov.ca.code.codejson.text");
        assertThat(unexported).isEmpty();
    }

    /** An import of a type or a static member, its package the segments before the first capitalized one. */
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([a-z][\\w]*(?:\\.[a-z][\\w]*)*)\\.[A-Z]");

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

    @Test
    void generationMapsToShareItWithoutRunningAMigration() {
        noClasses().that().resideInAPackage("gov.ca.code.codejson.generate..")
                .should().dependOnClassesThat().resideInAPackage("gov.ca.code.codejson.migrate..")
                .because("a SHARE IT object is mapped from the typed fields, not migrated from a code.gov inventory")
                .check(CORE);
    }

    @Test
    void theMigrationAndTheGenerationReachShareItThroughTheSameTerms() throws IOException {
        classes().that().haveFullyQualifiedName("gov.ca.code.codejson.migrate.ToShareIt")
                .or().haveFullyQualifiedName("gov.ca.code.codejson.generate.ShareItAssembler")
                .should().callMethod(ShareItTerms.class, "vcs", String.class, String.class, Consumer.class)
                .andShould().callMethod(ShareItTerms.class, "licenseName", String.class, String.class, String.class, Consumer.class)
                .andShould().callMethod(ShareItTerms.class, "requireMembers", java.util.function.Predicate.class, String.class,
                        Consumer.class)
                .check(CORE);
        assertThat(descriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .doesNotContain(ShareItTerms.class.getPackageName());
    }

    /** Spellings of version control systems that SHARE IT does not use, which only its alias table reads. */
    private static final List<String> VCS_ALIASES = List.of("\"subversion\"", "\"bazaar\"");

    @Test
    void theShareItTermsAndTheirMessagesAreSpelledInOnePlace() throws IOException {
        Path terms = Path.of("src", "main", "java", "gov", "ca", "code", "codejson", "conversion", "ShareItTerms.java");
        Map<Path, String> core = sources(List.of(Path.of("src", "main", "java")));
        Set<String> spelled = new TreeSet<>();
        Matcher literal = STRING_LITERAL.matcher(core.get(terms));
        while (literal.find()) {
            String value = literal.group();
            if (value.contains(" ") && value.length() > 24 || VCS_ALIASES.contains(value)) {
                spelled.add(value);
            }
        }
        List<String> copies = new ArrayList<>();
        core.forEach((file, text) -> {
            Matcher other = STRING_LITERAL.matcher(text);
            while (!file.equals(terms) && other.find()) {
                if (spelled.contains(other.group())) {
                    copies.add(file.getFileName() + ": " + other.group());
                }
            }
        });
        assertThat(spelled).containsAll(VCS_ALIASES).hasSizeGreaterThan(20);
        assertThat(copies).isEmpty();
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
