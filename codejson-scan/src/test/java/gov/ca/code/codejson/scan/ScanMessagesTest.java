package gov.ca.code.codejson.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonBuilder;

/** The messages of a scan name the repository's own files and the overlay, not a Maven build's inputs. */
class ScanMessagesTest {

    /** Words of a Maven build that a message about a repository without a POM must not use. */
    private static final List<String> MAVEN_WORDS = List.of("POM", "<", "Maven", "project.build", "compile source",
            "-Dcodejson", "configuration");

    @TempDir
    Path tmp;

    private static Diagnostic message(ScannedRepository scan, String rule, String pointer) {
        return scan.messages().stream()
                .filter(d -> d.rule().equals(rule) && d.subject().equals(Subject.pointer(pointer)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + pointer + " in " + scan.messages()));
    }

    @Test
    void aMissingDescriptionNamesTheFieldOfTheRepositorysOwnManifest() {
        Map<String, String[]> manifests = Map.of(
                "package.json", new String[] {"{\"name\": \"forms\", \"license\": \"MIT\"}", "description in package.json"},
                "pyproject.toml", new String[] {"[project]\nname = \"fees\"\nlicense = \"MIT\"\n",
                    "project.description in pyproject.toml"},
                "Cargo.toml", new String[] {"[package]\nname = \"roads\"\nlicense = \"MIT\"\n",
                    "package.description in Cargo.toml"},
                "DESCRIPTION", new String[] {"Package: stats\nLicense: MIT\n", "Description in DESCRIPTION"});
        for (Map.Entry<String, String[]> m : manifests.entrySet()) {
            ScannedRepository scan = Repos.create(tmp.resolve(m.getKey())).file(m.getKey(), m.getValue()[0])
                    .commit("2024-01-01T00:00:00Z").scan();

            Diagnostic missing = message(scan, "generate.description-missing", "/releases/0/description");

            assertThat(missing.file()).isEqualTo(m.getKey());
            assertThat(missing.message()).contains("(set " + m.getValue()[1] + "; or write a first paragraph in README.md)");
        }
    }

    @Test
    void aMissingAgencyIsSetAsTheOverlaySettingItIsNotAsAFieldOfTheRelease() {
        Path forms = Repos.create(tmp.resolve("forms")).file("package.json",
                "{\"name\": \"forms\", \"description\": \"Forms.\", \"license\": \"MIT\"}").commit("2024-01-01T00:00:00Z").dir();
        ScanOverlay none = new ScanOverlay("overlay.json", gov.ca.code.codejson.json.JsonBuilder.object().build(), Map.of());

        Diagnostic agency = message(new RepositoryScanner(null, none).scan(forms), "schema.required", "/agency");

        assertThat(agency.message()).endsWith("(set agency in the overlay, under defaults or repositories.forms)");
    }

    @Test
    void aMissingTagsListNamesTheKeywordsOfTheManifestOrTheOverlay() {
        ScannedRepository npm = Repos.create(tmp.resolve("npm")).file("package.json",
                "{\"name\": \"forms\", \"description\": \"Forms.\", \"license\": \"MIT\"}").commit("2024-01-01T00:00:00Z").scan();
        ScannedRepository r = Repos.create(tmp.resolve("r")).file("DESCRIPTION",
                "Package: stats\nDescription: Stats.\nLicense: MIT\n").commit("2024-01-01T00:00:00Z").scan();

        assertThat(npm.messages()).filteredOn(d -> d.subject().equals(Subject.pointer("/releases/0/tags"))).isNotEmpty()
                .allSatisfy(d -> assertThat(d.message()).endsWith("(set keywords in package.json; or give it in the overlay's release)"));
        // R's DESCRIPTION has no keywords field, so the overlay is the place.
        assertThat(r.messages()).filteredOn(d -> d.subject().equals(Subject.pointer("/releases/0/tags"))).isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.file()).isEqualTo("overlay.json");
                    assertThat(d.message()).endsWith("(give it in the overlay's release, under defaults or repositories.r)");
                });
    }

    @Test
    void noMessageAboutARepositoryWithoutAPomSpeaksOfAMavenBuild() {
        List<ScannedRepository> scans = new ArrayList<>();
        // Nothing to read: no manifest, no commit, no remote.
        scans.add(Repos.create(tmp.resolve("empty")).file("main.py", "print(1)\n").scan());
        scans.add(Repos.create(tmp.resolve("npm")).file("package.json", "{\"name\": \"npm\", \"license\": \"Nonsense-1\","
                + " \"homepage\": \"https://u:p@example.gov/x\"}").file("a.js", "let a;\n").remote("/srv/git/npm.git")
                .commit("2024-01-01T00:00:00Z").scan());
        // SHARE IT asks for more than a repository can tell.
        scans.add(new RepositoryScanner("shareit-2.0.0", new ScanOverlay("overlay.json", JsonBuilder.object().build(), Map.of()))
                .scan(Repos.create(tmp.resolve("share")).file("pyproject.toml", "[project]\nname = \"share\"\n")
                        .commit("2024-01-01T00:00:00Z").dir()));

        List<String> all = scans.stream().flatMap(s -> s.messages().stream()).map(Diagnostic::message).toList();

        assertThat(all).hasSizeGreaterThan(10).allSatisfy(text -> assertThat(text).doesNotContain(MAVEN_WORDS));
        assertThat(String.join("\n", all)).contains("(set feedbackMechanism in the overlay, under defaults or repositories.share)",
                "which the repository cannot tell", "the repository has no commit yet, so date.created");
    }

    @Test
    void aMavenRepositoryIsToldThePomElement() {
        ScannedRepository scan = Repos.create(tmp.resolve("maven")).file("pom.xml", """
                <project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>maven</artifactId>
                <version>1.0.0</version></project>
                """).commit("2024-01-01T00:00:00Z").scan();

        assertThat(message(scan, "generate.description-missing", "/releases/0/description").message())
                .contains("(set <description> in pom.xml;");
    }
}
