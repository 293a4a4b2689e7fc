package gov.ca.code.codejson.scan;

import static gov.ca.code.codejson.scan.Repos.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;

/** No file a scan reads may lead out of the repository: what it holds would be published. */
class LinkOutScanTest {

    private static final String NOT_READ = "a symbolic link out of the repository; not read, so nothing of it is used"
            + " (commit the file itself to use it)";

    @TempDir
    Path tmp;

    private Path outside(String name, String text) throws Exception {
        Path file = tmp.resolve("outside").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<Diagnostic> linkWarnings(ScannedRepository scan) {
        return scan.problems().stream().filter(p -> p.rule().equals("scan.link-out")).toList();
    }

    @Test
    void aManifestThatIsALinkOutOfTheRepositoryIsNotReadAndIsNamedInAWarning() throws Exception {
        Path secret = outside("pyproject.toml", "[project]\nname = \"stolen\"\ndescription = \"Text from outside.\"\n");
        Repos repo = Repos.create(tmp.resolve("leak")).file("main.py", "x = 1\n");
        Files.createSymbolicLink(repo.dir().resolve("pyproject.toml"), secret);
        repo.commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, "/releases/0/name")).isEqualTo("leak");
        assertThat(field(scan, "/releases/0/description")).isNull();
        assertThat(linkWarnings(scan)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pyproject.toml");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo(NOT_READ);
        });
        assertThat(scan.fields()).noneMatch(f -> f.origin().file().equals("pyproject.toml"));
    }

    @Test
    void aReadmeThatIsALinkOutOfTheRepositoryGivesNoDescription() throws Exception {
        Path secret = outside("passwd", "root:x:0:0:root:/root:/bin/bash\n");
        Repos repo = Repos.create(tmp.resolve("leak")).file("package.json", "{\"name\": \"leak\", \"license\": \"MIT\"}");
        Files.createSymbolicLink(repo.dir().resolve("README.md"), secret);
        repo.commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, "/releases/0/description")).isNull();
        assertThat(linkWarnings(scan)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("README.md");
            assertThat(p.message()).isEqualTo(NOT_READ);
        });
    }

    @Test
    void aCommittedCodeJsonThatIsALinkOutOfTheRepositoryKeepsNoField() throws Exception {
        Path secret = outside("code.json", """
                {"version": "2.0.0", "agency": "EX", "measurementType": {"method": "projects"},
                 "releases": [{"name": "leak", "description": "Kept elsewhere.", "laborHours": 99}]}
                """);
        Repos repo = Repos.create(tmp.resolve("leak")).file("package.json",
                "{\"name\": \"leak\", \"description\": \"Its own.\", \"license\": \"MIT\"}");
        Files.createSymbolicLink(repo.dir().resolve("code.json"), secret);
        repo.commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, "/releases/0/description")).isEqualTo("Its own.");
        assertThat(field(scan, "/releases/0/laborHours")).isNotEqualTo("99");
        assertThat(linkWarnings(scan)).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("code.json"));
    }

    @Test
    void aLicenseFileThatIsALinkOutOfTheRepositoryIsNamedInAWarning() throws Exception {
        Path secret = outside("LICENSE", "MIT\n");
        Repos repo = Repos.create(tmp.resolve("leak")).file("package.json", "{\"name\": \"leak\", \"description\": \"D.\"}");
        Files.createSymbolicLink(repo.dir().resolve("LICENSE"), secret);
        repo.commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, "/releases/0/permissions/licenses")).isNull();
        assertThat(linkWarnings(scan)).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("LICENSE"));
    }

    @Test
    void aLinkThatStaysInsideTheRepositoryIsRead() throws Exception {
        Repos repo = Repos.create(tmp.resolve("inside")).file("docs/intro.md", "Says what it does.\n")
                .file("package.json", "{\"name\": \"inside\", \"license\": \"MIT\"}");
        Files.createSymbolicLink(repo.dir().resolve("README.md"), Path.of("docs/intro.md"));
        repo.commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, "/releases/0/description")).isEqualTo("Says what it does.");
        assertThat(linkWarnings(scan)).isEmpty();
    }

    @Test
    void aCheckoutInAFolderThatIsALinkOutOfTheFolderIsSkippedWithAWarning() throws Exception {
        Path folder = tmp.resolve("checkouts");
        Repos.create(folder.resolve("alpha")).file("package.json", "{\"name\": \"alpha\"}").commit("2024-01-01T00:00:00Z");
        Repos.create(tmp.resolve("elsewhere/other")).file("package.json", "{\"name\": \"other\"}").commit("2024-01-01T00:00:00Z");
        Files.createSymbolicLink(folder.resolve("other"), tmp.resolve("elsewhere/other"));
        List<String> warnings = new ArrayList<>();

        List<Path> checkouts = RepositoryScanner.checkouts(List.of(folder), warnings::add);

        assertThat(checkouts).containsExactly(folder.resolve("alpha"));
        assertThat(warnings).containsExactly("'" + folder.resolve("other") + "' is a symbolic link out of '" + folder
                + "'; not followed (give the checkout it leads to as a PATH of its own to scan it)");
    }
}
