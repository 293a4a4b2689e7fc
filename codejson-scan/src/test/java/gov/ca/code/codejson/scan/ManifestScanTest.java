package gov.ca.code.codejson.scan;

import static gov.ca.code.codejson.scan.Repos.field;
import static gov.ca.code.codejson.scan.Repos.origin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestScanTest {

    private static final String R = "/releases/0";

    @TempDir
    Path tmp;

    @Test
    void aPackageJsonGivesNameVersionDescriptionLicenseHomepageTagsAndContact() {
        Repos repo = Repos.create(tmp.resolve("widgets")).file("package.json", """
                {"name": "widgets", "version": "1.4.0", "description": "Widgets for permit forms.",
                 "license": "MIT", "homepage": "https://widgets.example.gov", "keywords": ["forms", "permits"],
                 "author": "Ada Lovelace <ada@example.gov> (https://example.gov/ada)"}
                """).file("src/index.js", "// entry\nexport const a = 1;\nexport const b = 2;\n")
                .remote("https://github.com/example-gov/widgets.git").commit("2024-03-01T10:00:00Z")
                .file("src/more.js", "export const c = 3;\n").commit("2025-06-30T23:30:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(scan.valid()).as(ScanOutput.report(java.util.List.of(scan))).isTrue();
        assertThat(field(scan, R + "/name")).isEqualTo("widgets");
        assertThat(field(scan, R + "/version")).isEqualTo("1.4.0");
        assertThat(field(scan, R + "/description")).isEqualTo("Widgets for permit forms.");
        assertThat(field(scan, R + "/permissions/licenses/0/name")).isEqualTo("MIT");
        assertThat(field(scan, R + "/permissions/usageType")).isEqualTo("openSource");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://widgets.example.gov");
        assertThat(field(scan, R + "/tags")).isEqualTo("[\"forms\",\"permits\"]");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("ada@example.gov");
        assertThat(field(scan, R + "/contact/name")).isEqualTo("Ada Lovelace");
        assertThat(field(scan, R + "/repositoryURL")).isEqualTo("https://github.com/example-gov/widgets");
        assertThat(field(scan, R + "/vcs")).isEqualTo("git");
        assertThat(field(scan, R + "/date/created")).isEqualTo("2024-03-01");
        assertThat(field(scan, R + "/date/lastModified")).isEqualTo("2025-06-30");
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"JavaScript\"]");
        assertThat(Double.parseDouble(field(scan, R + "/laborHours"))).isPositive();
        assertThat(origin(scan, R + "/name")).isEqualTo(Origin.of("package.json", "name"));
        assertThat(origin(scan, R + "/tags")).isEqualTo(Origin.of("package.json", "keywords"));
        assertThat(origin(scan, R + "/contact/email")).isEqualTo(Origin.of("package.json", "author"));
        assertThat(origin(scan, R + "/repositoryURL")).isEqualTo(Origin.of(".git/config", "remote.origin.url"));
        assertThat(origin(scan, R + "/date/created").file()).isEqualTo(".git");
    }

    @Test
    void aPyprojectTomlGivesTheProjectTable() {
        Repos repo = Repos.create(tmp.resolve("fees")).file("pyproject.toml", """
                [project]
                name = "fee-calculator"
                version = "0.3.1"
                description = "Computes permit fees."
                license = "Apache-2.0"
                keywords = ["fees", "permits"]
                authors = [{name = "Grace Hopper", email = "grace@example.gov"}]

                [project.urls]
                Homepage = "https://fees.example.gov"
                """).file("fees/core.py", "# fees\ndef fee(x):\n    return x * 2\n").commit("2023-01-02T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("fee-calculator");
        assertThat(field(scan, R + "/version")).isEqualTo("0.3.1");
        assertThat(field(scan, R + "/description")).isEqualTo("Computes permit fees.");
        assertThat(field(scan, R + "/permissions/licenses/0/name")).isEqualTo("Apache-2.0");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://fees.example.gov");
        assertThat(field(scan, R + "/tags")).isEqualTo("[\"fees\",\"permits\"]");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("grace@example.gov");
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"Python\"]");
        assertThat(origin(scan, R + "/description")).isEqualTo(Origin.of("pyproject.toml", "project.description"));
        assertThat(origin(scan, R + "/homepageURL")).isEqualTo(Origin.of("pyproject.toml", "project.urls.Homepage"));
    }

    @Test
    void aPubliccodeYmlGivesItsEnglishShortDescriptionAndLegalLicense() {
        Repos repo = Repos.create(tmp.resolve("portal")).file("publiccode.yml", """
                publiccodeYmlVersion: "0.4"
                name: Permit Portal
                softwareVersion: "2.0.0"
                landingURL: https://portal.example.gov
                categories:
                  - e-government
                  - permits
                description:
                  en:
                    shortDescription: A portal to apply for permits.
                    longDescription: A much longer text.
                legal:
                  license: EUPL-1.2
                maintenance:
                  type: internal
                  contacts:
                    - name: Portal Team
                      email: portal@example.gov
                """).file("app/main.ts", "const x: number = 1;\n").commit("2022-05-05T12:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("Permit Portal");
        assertThat(field(scan, R + "/version")).isEqualTo("2.0.0");
        assertThat(field(scan, R + "/description")).isEqualTo("A portal to apply for permits.");
        assertThat(field(scan, R + "/permissions/licenses/0/name")).isEqualTo("EUPL-1.2");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://portal.example.gov");
        assertThat(field(scan, R + "/tags")).isEqualTo("[\"e-government\",\"permits\"]");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("portal@example.gov");
        assertThat(field(scan, R + "/contact/name")).isEqualTo("Portal Team");
        assertThat(origin(scan, R + "/description"))
                .isEqualTo(Origin.of("publiccode.yml", "description.en.shortDescription"));
    }

    @Test
    void aCargoTomlGivesThePackageTable() {
        Repos repo = Repos.create(tmp.resolve("parser")).file("Cargo.toml", """
                [package]
                name = "form-parser"
                version = "0.9.0"
                description = "Parses scanned forms."
                license = "MIT OR Apache-2.0"
                homepage = "https://parser.example.gov"
                keywords = ["forms"]
                authors = ["Alan Turing <alan@example.gov>"]
                """).file("src/lib.rs", "// lib\npub fn f() {}\n").commit("2021-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("form-parser");
        assertThat(field(scan, R + "/version")).isEqualTo("0.9.0");
        assertThat(field(scan, R + "/description")).isEqualTo("Parses scanned forms.");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://parser.example.gov");
        assertThat(field(scan, R + "/tags")).isEqualTo("[\"forms\"]");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("alan@example.gov");
        assertThat(field(scan, R + "/contact/name")).isEqualTo("Alan Turing");
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"Rust\"]");
        assertThat(origin(scan, R + "/permissions/licenses/0")).isEqualTo(Origin.of("Cargo.toml", "package.license"));
    }

    @Test
    void aComposerJsonGivesItsLicenseListAsAChoice() {
        Repos repo = Repos.create(tmp.resolve("cms")).file("composer.json", """
                {"name": "example-gov/cms", "description": "Content pages.", "license": ["MIT", "GPL-3.0-or-later"],
                 "homepage": "https://cms.example.gov", "keywords": ["cms"],
                 "authors": [{"name": "Web Team", "email": "web@example.gov"}]}
                """).file("src/Page.php", "<?php\n// page\necho 1;\n").commit("2020-02-02T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("example-gov/cms");
        assertThat(field(scan, R + "/description")).isEqualTo("Content pages.");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://cms.example.gov");
        assertThat(field(scan, R + "/tags")).isEqualTo("[\"cms\"]");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("web@example.gov");
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"PHP\"]");
        assertThat(origin(scan, R + "/permissions/licenses/0").file()).isEqualTo("composer.json");
        assertThat(origin(scan, R + "/permissions/licenses/0").how()).isEqualTo("a list of licenses to choose from");
    }

    @Test
    void aSetupCfgGivesItsMetadataSection() {
        Repos repo = Repos.create(tmp.resolve("geo")).file("setup.cfg", """
                [metadata]
                name = geo-tools
                version = 1.1
                description = Geocodes addresses.
                license = BSD-3-Clause
                url = https://geo.example.gov
                keywords = maps, geocoding
                author = Map Team
                author_email = maps@example.gov

                [options]
                packages = find:
                """).file("geo/__init__.py", "x = 1\n").commit("2019-09-09T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("geo-tools");
        assertThat(field(scan, R + "/version")).isEqualTo("1.1");
        assertThat(field(scan, R + "/description")).isEqualTo("Geocodes addresses.");
        assertThat(field(scan, R + "/permissions/licenses/0/name")).isEqualTo("BSD-3-Clause");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://geo.example.gov");
        assertThat(field(scan, R + "/tags")).isEqualTo("[\"maps\",\"geocoding\"]");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("maps@example.gov");
        assertThat(origin(scan, R + "/version")).isEqualTo(Origin.of("setup.cfg", "metadata.version"));
    }

    @Test
    void anRDescriptionGivesItsControlFields() {
        Repos repo = Repos.create(tmp.resolve("stats")).file("DESCRIPTION", """
                Package: survey.stats
                Title: Survey Statistics
                Version: 0.2.0
                Description: Weights and summarises household
                    survey responses.
                License: GPL-3
                URL: https://stats.example.gov, https://github.com/example-gov/stats
                Maintainer: Florence Nightingale <florence@example.gov>
                """).file("R/weights.R", "# weights\nw <- function(x) x\n").commit("2018-08-08T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("survey.stats");
        assertThat(field(scan, R + "/version")).isEqualTo("0.2.0");
        assertThat(field(scan, R + "/description")).isEqualTo("Weights and summarises household survey responses.");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://stats.example.gov");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("florence@example.gov");
        assertThat(field(scan, R + "/contact/name")).isEqualTo("Florence Nightingale");
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"R\"]");
        assertThat(origin(scan, R + "/permissions/licenses/0")).isEqualTo(Origin.of("DESCRIPTION", "License"));
    }

    @Test
    void aPomXmlGivesItsBasicElements() {
        Repos repo = Repos.create(tmp.resolve("ledger")).file("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>gov.example</groupId>
                  <artifactId>ledger</artifactId>
                  <version>3.0.0</version>
                  <name>Ledger</name>
                  <description>Keeps the books.</description>
                  <url>https://ledger.example.gov</url>
                  <licenses><license><name>Apache-2.0</name></license></licenses>
                  <developers><developer><name>Finance Team</name><email>finance@example.gov</email></developer></developers>
                </project>
                """).file("src/main/java/Ledger.java", "class Ledger {}\n").commit("2017-07-07T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/name")).isEqualTo("Ledger");
        assertThat(field(scan, R + "/version")).isEqualTo("3.0.0");
        assertThat(field(scan, R + "/description")).isEqualTo("Keeps the books.");
        assertThat(field(scan, R + "/permissions/licenses/0/name")).isEqualTo("Apache-2.0");
        assertThat(field(scan, R + "/homepageURL")).isEqualTo("https://ledger.example.gov");
        assertThat(field(scan, R + "/contact/email")).isEqualTo("finance@example.gov");
        assertThat(field(scan, R + "/languages")).isEqualTo("[\"Java\"]");
        assertThat(origin(scan, R + "/description")).isEqualTo(Origin.of("pom.xml", "description"));
    }

    @Test
    void withoutAManifestDescriptionTheReadmesFirstParagraphIsUsed() {
        Repos repo = Repos.create(tmp.resolve("notes")).file("README.md", """
                # Notes

                [![build](https://ci.example.gov/badge.svg)](https://ci.example.gov)

                Keeps meeting notes for the **council**, with [search](https://example.gov/search).
                Second line of the paragraph.

                More text.
                """).file("package.json", "{\"name\": \"notes\", \"license\": \"MIT\"}").commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(field(scan, R + "/description"))
                .isEqualTo("Keeps meeting notes for the council, with search. Second line of the paragraph.");
        assertThat(origin(scan, R + "/description")).isEqualTo(new Origin("README.md", "", "the first paragraph"));
    }

    @Test
    void aManifestThatCannotBeParsedIsReportedWithItsLineAndTheOthersStillCount() {
        Repos repo = Repos.create(tmp.resolve("broken")).file("package.json", "{\"name\": \"broken\",\n \"version\": }\n")
                .file("pyproject.toml", "[project]\nname = \"broken-py\"\ndescription = \"Still described.\"\n")
                .commit("2024-01-01T00:00:00Z");

        ScannedRepository scan = repo.scan();

        assertThat(scan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("scan.manifest-unreadable");
            assertThat(p.file()).isEqualTo("package.json");
            assertThat(p.location().line()).isEqualTo(2);
        });
        assertThat(field(scan, R + "/name")).isEqualTo("broken-py");
        assertThat(field(scan, R + "/description")).isEqualTo("Still described.");
    }
}
