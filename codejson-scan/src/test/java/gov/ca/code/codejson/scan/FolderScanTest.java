package gov.ca.code.codejson.scan;

import static gov.ca.code.codejson.scan.Repos.field;
import static gov.ca.code.codejson.scan.Repos.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.json.JsonReadException;

class FolderScanTest {

    @TempDir
    Path tmp;

    private Path overlay(String json) throws Exception {
        Path file = tmp.resolve("overlay.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aFolderOfCheckoutsIsScannedInOrderWithAProgressLineForEach() throws Exception {
        Path folder = tmp.resolve("checkouts");
        Repos.create(folder.resolve("beta")).file("package.json", "{\"name\": \"beta\", \"description\": \"B.\", \"license\": \"MIT\", \"keywords\": [\"b\"],"
                        + " \"author\": \"B <b@example.gov>\"}")
                .remote("https://github.com/example-gov/beta.git").commit("2024-01-01T00:00:00Z");
        Repos.create(folder.resolve("alpha")).file("Cargo.toml", "[package]\nname = \"alpha\"\ndescription = \"A.\"\nlicense = \"MIT\"\n"
                        + "keywords = [\"a\"]\nauthors = [\"A <a@example.gov>\"]\n")
                .remote("https://github.com/example-gov/alpha.git").commit("2024-01-01T00:00:00Z");
        Files.createDirectories(folder.resolve("not-a-checkout"));
        List<String> progress = new ArrayList<>();

        List<Path> checkouts = RepositoryScanner.checkouts(List.of(folder));
        List<ScannedRepository> scans = new RepositoryScanner(null, Repos.agency()).scanAll(checkouts, progress::add);

        assertThat(scans).extracting(ScannedRepository::name).containsExactly("alpha", "beta");
        assertThat(progress).hasSize(2).allMatch(l -> l.matches("\\[[12]/2\\] (alpha|beta)"));
        String inventory = ScanOutput.inventory(scans);
        assertThat(ScanOutput.validate(inventory).violations()).allMatch(v -> v.severity() != gov.ca.code.codejson.diagnostic.Severity.ERROR);
        assertThat(inventory).contains("\"name\": \"alpha\"", "\"name\": \"beta\"");
        assertThat(ScanOutput.inventory(new RepositoryScanner(null, Repos.agency()).scanAll(checkouts, l -> { })))
                .isEqualTo(inventory);
    }

    @Test
    void aPathThatIsNoCheckoutAndHoldsNoneIsRefusedByName() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        assertThatThrownBy(() -> RepositoryScanner.checkouts(List.of(empty)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(empty.toString());
    }

    @Test
    void theOverlayGivesUsageTypeAndExemptionPerRepositoryOverItsDefaults() throws Exception {
        Repos repo = Repos.create(tmp.resolve("billing")).file("package.json",
                "{\"name\": \"billing\", \"description\": \"Bills.\", \"license\": \"MIT\"}").commit("2024-01-01T00:00:00Z");
        ScanOverlay overlay = ScanOverlay.read(overlay("""
                {"defaults": {"agency": "EX", "usageType": "openSource"},
                 "repositories": {"billing": {"usageType": "exemptByAgencySystem",
                                              "exemptionText": "Part of the payment system.",
                                              "release": {"status": "Production"}}}}
                """), "overlay.json");

        ScannedRepository scan = new RepositoryScanner(null, overlay).scan(repo.dir());

        assertThat(field(scan, "/agency")).isEqualTo("EX");
        assertThat(field(scan, "/releases/0/permissions/usageType")).isEqualTo("exemptByAgencySystem");
        assertThat(field(scan, "/releases/0/permissions/exemptionText")).isEqualTo("Part of the payment system.");
        assertThat(origin(scan, "/releases/0/permissions/usageType"))
                .isEqualTo(Origin.of("overlay.json", "/repositories/billing/usageType"));
        assertThat(origin(scan, "/agency")).isEqualTo(Origin.of("overlay.json", "/defaults/agency"));
        assertThat(origin(scan, "/releases/0/status")).isEqualTo(Origin.of("overlay.json", "/repositories/billing/release/status"));
    }

    @Test
    void anOverlayValueThatIsNotAllowedIsAnErrorNamingWhereTheOverlayHoldsIt() throws Exception {
        Repos repo = Repos.create(tmp.resolve("billing")).file("package.json",
                "{\"name\": \"billing\", \"description\": \"Bills.\", \"license\": \"MIT\"}").commit("2024-01-01T00:00:00Z");
        ScanOverlay overlay = ScanOverlay.read(overlay("""
                {"defaults": {"agency": "EX"}, "repositories": {"billing": {"status": "production"}}}
                """), "overlay.json");

        ScannedRepository scan = new RepositoryScanner(null, overlay).scan(repo.dir());

        assertThat(scan.valid()).isFalse();
        assertThat(scan.problems()).filteredOn(p -> p.rule().equals("generate.value-not-allowed")).singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("overlay.json");
                    assertThat(p.pointer()).isEqualTo("/repositories/billing/status");
                    assertThat(p.message()).isEqualTo("\"production\" is not an allowed value; use \"Production\" or one of"
                            + " [Ideation, Development, Alpha, Beta, Release Candidate, Production, Archival]"
                            + " (set status in the overlay, under defaults or repositories.billing)");
                });
    }

    @Test
    void anOverlayWithAnUnknownSettingIsRefusedWithItsLocation() throws Exception {
        Path file = overlay("{\"defaults\": {\n  \"usagetype\": \"openSource\"}}");

        assertThatThrownBy(() -> ScanOverlay.read(file, "overlay.json")).isInstanceOf(JsonReadException.class)
                .hasMessageContaining("usagetype").satisfies(e -> assertThat(((JsonReadException) e).location().line()).isEqualTo(2));
    }

    @Test
    void aCommittedCodeJsonKeepsItsFieldsOverDerivedOnes() throws Exception {
        Repos repo = Repos.create(tmp.resolve("kept")).file("package.json",
                "{\"name\": \"kept\", \"description\": \"Derived description.\", \"license\": \"MIT\"}")
                .file("code.json", """
                        {"version": "2.0.0", "agency": "EX", "measurementType": {"method": "projects"},
                         "releases": [{"name": "kept", "description": "Written by hand.",
                                       "permissions": {"licenses": [{"name": "MIT"}], "usageType": "openSource"},
                                       "repositoryURL": "https://example.gov/kept", "laborHours": 12, "tags": ["kept"],
                                       "contact": {"email": "kept@example.gov"}, "status": "Production", "vcs": "git",
                                       "date": {"created": "2020-01-01", "lastModified": "2020-01-02"}}]}
                        """).commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = new RepositoryScanner(null, Repos.agency()).scan(repo.dir());

        assertThat(field(scan, "/releases/0/description")).isEqualTo("Written by hand.");
        assertThat(field(scan, "/releases/0/laborHours")).isEqualTo("12");
        assertThat(origin(scan, "/releases/0/description")).isEqualTo(Origin.of("code.json", "/releases/0/description"));
    }

    @Test
    void aCheckoutGivenTwiceOrThroughItsFolderTooIsScannedOnceWithAWarning() throws Exception {
        Path folder = tmp.resolve("checkouts");
        Path alpha = Repos.create(folder.resolve("alpha")).file("package.json", "{\"name\": \"alpha\"}")
                .commit("2024-01-01T00:00:00Z").dir();
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), alpha);
        List<String> warnings = new ArrayList<>();

        List<Path> checkouts = RepositoryScanner.checkouts(List.of(folder, alpha, folder.resolve("./alpha"), alias), warnings::add);

        assertThat(checkouts).containsExactly(folder.resolve("alpha"));
        assertThat(warnings).containsExactly(
                "'" + alpha + "' is the checkout '" + folder.resolve("alpha") + "' again; it is scanned once",
                "'" + folder.resolve("./alpha") + "' is the checkout '" + folder.resolve("alpha") + "' again; it is scanned once",
                "'" + alias + "' is the checkout '" + folder.resolve("alpha") + "' again; it is scanned once");
    }
}
