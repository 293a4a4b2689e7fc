package gov.ca.code.codejson.merge;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.report.DiagnosticFormat;

import static gov.ca.code.codejson.merge.Inventories.CODEJSON;
import static gov.ca.code.codejson.merge.Inventories.input;
import static gov.ca.code.codejson.merge.Inventories.inventory;
import static gov.ca.code.codejson.merge.Inventories.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Contact;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Profile;

class InventoryMergerTest {

    private static final DiagnosticFormat LINES = DiagnosticFormat.of("codejson", "test");

    private final InventoryMerger merger = new InventoryMerger(CODEJSON);

    private static final Contact AGENCY_CONTACT = new Contact(Property.of("opensource@example.gov"),
            Property.of("Open Source Program Office"), Property.absent(), Property.absent(), Unknown.NONE);

    @Test
    void combinesTheReleasesOfAllInputsUnderOneAgency() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("a/code.json", inventory("CDT", release("Alpha", "https://github.com/ca/alpha", "openSource"))),
                input("b/code.json", inventory("CDT", release("Beta", "https://github.com/ca/beta", "openSource")))),
                MergeOptions.defaults());

        assertThat(names(result.inventory())).containsExactly("Alpha", "Beta");
        assertThat(result.inventory().agency().orElse("")).isEqualTo("CDT");
        assertThat(result.inventory().version().orElse("")).isEqualTo("2.0.0");
        assertThat(result.entriesRead()).isEqualTo(2);
        assertThat(CODEJSON.validate(gov.ca.code.codejson.Document.of("out", gov.ca.code.codejson.Family.CODEGOV_2_0_0,
                result.inventory())).valid()).isTrue();
    }

    @Test
    void findsDuplicatesByNormalisedRepositoryUrlAndKeepsTheMostRecentlyUpdated() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("old.json", inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource",
                        "\"version\": \"1.0\"", "\"date\": {\"metadataLastUpdated\": \"2025-01-01\"}"))),
                input("new.json", inventory("CDT", release("Portal Web", "git@GitHub.com:ca/portal.git", "openSource",
                        "\"version\": \"2.0\"", "\"date\": {\"metadataLastUpdated\": \"2026-03-01\"}")))),
                MergeOptions.defaults());

        assertThat(names(result.inventory())).containsExactly("Portal Web");
        assertThat(result.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DuplicateKind.REPOSITORY_URL);
            assertThat(d.key()).isEqualTo("github.com/ca/portal");
            assertThat(d.survivor().input()).isEqualTo("new.json");
            assertThat(d.dropped()).extracting(EntryOrigin::input).containsExactly("old.json");
            assertThat(d.reason()).contains("metadataLastUpdated").contains("2026-03-01");
        });
        assertThat(result.duplicatesDropped()).isEqualTo(1);
    }

    @Test
    void prefersAValidEntryOverAnInvalidOneEvenWhenOlder() throws Exception {
        String invalid = release("Portal", "https://github.com/ca/portal", "openSource",
                "\"date\": {\"metadataLastUpdated\": \"2026-06-01\"}", "\"status\": \"production\"");
        String valid = release("Portal", "https://github.com/ca/portal/", "openSource",
                "\"date\": {\"metadataLastUpdated\": \"2020-01-01\"}", "\"status\": \"Production\"");
        MergeResult result = merger.merge(List.of(input("a.json", inventory("CDT", invalid)), input("b.json", inventory("CDT", valid))),
                MergeOptions.defaults().withQuarantine(QuarantinePolicy.KEEP));

        assertThat(result.inventory().releaseList()).singleElement()
                .satisfies(r -> assertThat(r.status().value()).hasValueSatisfying(s -> assertThat(s.json()).isEqualTo("Production")));
        assertThat(result.duplicates().get(0).reason()).contains("without validation errors");
    }

    @Test
    void keepsTheFirstInInputOrderWhenNothingElseDecides() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("first.json", inventory("CDT", release("Tool", "https://gitlab.example.gov/t/tool", "openSource", "\"version\": \"first\""))),
                input("second.json", inventory("CDT", release("Tool", "http://gitlab.example.gov/t/tool", "openSource", "\"version\": \"second\"")))),
                MergeOptions.defaults());

        assertThat(result.inventory().releaseList()).extracting(r -> r.version().orElse("")).containsExactly("first");
        assertThat(result.duplicates().get(0).reason()).contains("first in input order");
    }

    @Test
    void matchesEntriesWithoutRepositoryByNameButNeverTwoDifferentRepositories() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("a.json", inventory("CDT",
                        release("Case Manager", null, "exemptByAgencySystem"),
                        release("Website", "https://github.com/ca/website", "openSource"))),
                input("b.json", inventory("CDT",
                        release("case  manager", null, "exemptByAgencySystem"),
                        release("Website", "https://github.com/other/website", "openSource")))),
                MergeOptions.defaults());

        assertThat(result.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DuplicateKind.NAME);
            assertThat(d.key()).isEqualTo("case manager");
        });
        assertThat(result.inventory().releaseList()).hasSize(3);
    }

    @Test
    void omitsInvalidEntriesByDefaultAndSaysWhereTheyCameFromAndWhomToAsk() throws Exception {
        String broken = "{\"name\": \"Broken\", \"contact\": {\"email\": \"owner@example.gov\"}}";
        MergeResult result = merger.merge(List.of(input("team/code.json", inventory("CDT",
                release("Good", "https://github.com/ca/good", "openSource"), broken))), MergeOptions.defaults());

        assertThat(names(result.inventory())).containsExactly("Good");
        assertThat(result.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.origin().input()).isEqualTo("team/code.json");
            assertThat(q.origin().pointer()).isEqualTo("/releases/1");
            assertThat(q.origin().location().line()).isEqualTo(1);
            assertThat(q.name()).isEqualTo("Broken");
            assertThat(q.contact()).isEqualTo("owner@example.gov");
            assertThat(q.kept()).isFalse();
            assertThat(q.errors()).isNotEmpty().allSatisfy(v -> assertThat(v.pointer()).startsWith("/releases/1/"));
        });
    }

    @Test
    void keepsInvalidEntriesWithAWarningWhenAsked() throws Exception {
        String broken = "{\"name\": \"Broken\", \"contact\": {\"name\": \"Owner\"}}";
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT", broken))),
                MergeOptions.defaults().withQuarantine(QuarantinePolicy.KEEP));

        assertThat(names(result.inventory())).containsExactly("Broken");
        assertThat(result.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.kept()).isTrue();
            assertThat(q.contact()).isEqualTo("Owner");
        });
        assertThat(text(result.report())).contains("\"action\": \"kept\"");
    }

    @Test
    void alwaysLeavesOutEntriesThatAreNotObjects() throws Exception {
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT", "\"just text\"",
                release("Good", "https://github.com/ca/good", "openSource")))),
                MergeOptions.defaults().withQuarantine(QuarantinePolicy.KEEP));

        assertThat(names(result.inventory())).containsExactly("Good");
        assertThat(result.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.kept()).isFalse();
            assertThat(q.origin().pointer()).isEqualTo("/releases/0");
        });
    }

    @Test
    void redactsReleasesThatAreNotOpenSourceByDefault() throws Exception {
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT",
                release("Internal", "https://git.internal.example.gov/team/internal", "exemptByAgencySystem"),
                release("Public", "https://github.com/ca/public", "openSource")))),
                MergeOptions.defaults().withRedaction(RedactionPolicy.DEFAULT.withAgencyContact(AGENCY_CONTACT)));

        Release internal = byName(result.inventory(), "Internal");
        Release open = byName(result.inventory(), "Public");
        assertThat(internal.repositoryURL().isDefined()).isFalse();
        assertThat(internal.contact().value().flatMap(c -> c.email().value())).contains("opensource@example.gov");
        assertThat(open.repositoryURL().value()).contains("https://github.com/ca/public");
        assertThat(open.contact().value().flatMap(c -> c.email().value())).contains("dev.person@example.gov");
        assertThat(result.redactions()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Internal");
            assertThat(r.usageType()).isEqualTo("exemptByAgencySystem");
            assertThat(r.fields()).containsExactly("repositoryURL", "contact");
        });
        assertThat(result.warnings()).isEmpty();
        String written = CODEJSON.write(result.inventory());
        assertThat(written).doesNotContain("git.internal.example.gov").doesNotContain("dev.person@example.gov\",\n      \"name\": \"Dev Person\"\n    },\n    \"status");
    }

    @Test
    void warnsWhenContactsCannotBeReplacedForLackOfAnAgencyContact() throws Exception {
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT",
                release("Internal", "https://git.internal.example.gov/team/internal", "governmentWideReuse")))),
                MergeOptions.defaults());

        Release internal = result.inventory().releaseList().get(0);
        assertThat(internal.repositoryURL().isDefined()).isFalse();
        assertThat(internal.contact().value().flatMap(c -> c.email().value())).contains("dev.person@example.gov");
        assertThat(result.warnings()).singleElement().extracting(Diagnostic::message).asString()
                .contains("1 release(s)").contains("agency contact");
    }

    @Test
    void removesCredentialsFromTheUrlsOfMergedEntriesAndSaysWhere() throws Exception {
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT",
                release("Open", "https://ci:pa#SECRET@github.com/ca/open?private_token=SECRET", "openSource")))),
                MergeOptions.defaults());

        assertThat(CODEJSON.write(result.inventory())).doesNotContain("SECRET").contains("https://github.com/ca/open");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("x.json");
            assertThat(w.pointer()).isEqualTo("/releases/0/repositoryURL");
            assertThat(w.message()).contains("user name, password or token").doesNotContain("SECRET");
        });
    }

    @Test
    void removesCredentialsFromTheShareItAgencyIndexToo() throws Exception {
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT",
                release("Open", "https://ci:pa/SECRET@github.com/ca/open?access_token=SECRET", "openSource")))),
                MergeOptions.defaults().withTarget(Family.SHAREIT_INDEX_2_0_0).withProfile(Profile.SHAREIT)
                        .withQuarantine(QuarantinePolicy.KEEP));

        assertThat(CODEJSON.write(result.output())).doesNotContain("SECRET").contains("https://github.com/ca/open");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.file() + ": " + w.pointer()).isEqualTo("x.json: /releases/0/repositoryURL"))
                .noneSatisfy(w -> assertThat(w.message()).contains("SECRET"));
    }

    @Test
    void redactsNothingWhenRedactionIsOff() throws Exception {
        MergeResult result = merger.merge(List.of(input("x.json", inventory("CDT",
                release("Internal", "https://git.internal.example.gov/team/internal", "exemptByAgencySystem")))),
                MergeOptions.defaults().withRedaction(RedactionPolicy.NONE));

        assertThat(result.inventory().releaseList().get(0).repositoryURL().value())
                .contains("https://git.internal.example.gov/team/internal");
        assertThat(result.redactions()).isEmpty();
    }

    @Test
    void findsDuplicatesBeforeRedactionRemovesTheirAddresses() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("a.json", inventory("CDT", release("Internal", "https://git.example.gov/t/internal", "exemptByLaw"))),
                input("b.json", inventory("CDT", release("Internal v2", "https://git.example.gov/t/internal.git", "exemptByLaw")))),
                MergeOptions.defaults());

        assertThat(result.inventory().releaseList()).hasSize(1);
        assertThat(result.duplicates()).singleElement().extracting(Duplicate::kind).isEqualTo(DuplicateKind.REPOSITORY_URL);
    }

    @Test
    void writesTheSameBytesWhateverTheOrderOfReleasesInsideTheInputs() throws Exception {
        List<String> releases = new ArrayList<>(List.of(
                release("Zeta", "https://github.com/ca/zeta", "openSource", "\"organization\": \"B Office\""),
                release("alpha", "https://github.com/ca/alpha", "openSource", "\"organization\": \"b office\""),
                release("Mu", "https://github.com/ca/mu", "openSource", "\"organization\": \"A Office\""),
                release("Beta", null, "exemptByLaw", "\"organization\": \"A Office\"")));
        String first = CODEJSON.write(merger.merge(List.of(input("x.json", inventory("CDT", releases.toArray(String[]::new)))),
                MergeOptions.defaults()).inventory());
        Collections.reverse(releases);
        String second = CODEJSON.write(merger.merge(List.of(input("x.json", inventory("CDT", releases.toArray(String[]::new)))),
                MergeOptions.defaults()).inventory());

        assertThat(second).isEqualTo(first);
        assertThat(names(merger.merge(List.of(input("x.json", inventory("CDT", releases.toArray(String[]::new)))),
                MergeOptions.defaults()).inventory())).containsExactly("Beta", "Mu", "alpha", "Zeta");
    }

    @Test
    void refusesInputsOfDifferentAgenciesUnlessTheAgencyIsSet() throws Exception {
        List<MergeInput> inputs = List.of(
                input("a.json", inventory("CDT", release("A", "https://github.com/ca/a", "openSource"))),
                input("b.json", inventory("CDPH", release("B", "https://github.com/ca/b", "openSource"))));

        assertThatThrownBy(() -> merger.merge(inputs, MergeOptions.defaults()))
                .isInstanceOf(MergeException.class)
                .hasMessageContaining("CDPH in b.json").hasMessageContaining("CDT in a.json").hasMessageContaining("set the agency");
        assertThat(merger.merge(inputs, MergeOptions.defaults().withAgency("CA")).inventory().agency().orElse("")).isEqualTo("CA");
    }

    @Test
    void refusesARepositoryThatWouldNestTheAggregateDeeperThanTheReadLimitAndNamesTheDepthToRaiseItTo() throws Exception {
        // 63 levels in the file, an object holding 62 nested arrays; as a release of the aggregate, 65.
        String deep = "[".repeat(61) + "]".repeat(61);
        String repository = "{\"name\": \"Deep\", \"repositoryVisibility\": \"public\", \"x\": [" + deep + "]}";
        List<MergeInput> inputs = List.of(input("deep.json", repository),
                input("a.json", inventory("CDT", release("A", "https://github.com/ca/a", "openSource"))));

        assertThatThrownBy(() -> merger.merge(inputs, MergeOptions.defaults().withAgency("CDT")))
                .isInstanceOfSatisfying(MergeException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(d -> {
                            assertThat(d.file()).isEqualTo("deep.json");
                            assertThat(d.rule()).isEqualTo("merge.too-deep");
                            assertThat(d.message()).contains("nests 65 arrays and objects deep, over the read limit max-depth of 64",
                                    "raise the limit to at least 65");
                        }));
        InventoryMerger raised = new InventoryMerger(new gov.ca.code.codejson.CodeJson(
                gov.ca.code.codejson.json.ReadLimits.DEFAULT.withMaxNestingDepth(65)));
        MergeResult result = raised.merge(inputs, MergeOptions.defaults().withAgency("CDT"));
        // The converted repository lacks what code.gov requires, so it is quarantined: merged, not refused.
        assertThat(result.entriesRead()).isEqualTo(2);
        assertThat(result.quarantined()).extracting(Quarantined::name).containsExactly("Deep");
    }

    @Test
    void reportsCountsAndEveryListInAFixedFormat() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("a.json", inventory("CDT", release("Tool", "https://github.com/ca/tool", "openSource"),
                        "{\"name\": \"Broken\"}")),
                input("b.json", inventory("CDT", release("Tool", "https://github.com/ca/tool.git", "openSource"),
                        release("Closed", "https://git.example.gov/t/closed", "exemptByLaw")))),
                MergeOptions.defaults());
        JsonValue.JsonObject report = (JsonValue.JsonObject) result.report();

        assertThat(report.names()).containsExactly("format", "agency", "target", "counts", "inputs", "duplicates", "quarantined", "redacted", "warnings");
        String counts = text(report.get("counts").orElseThrow());
        assertThat(counts).contains("\"inputs\": 2", "\"entriesRead\": 4", "\"releasesWritten\": 2", "\"duplicatesDropped\": 1",
                "\"quarantined\": 1", "\"quarantinedOmitted\": 1", "\"redacted\": 1");
    }

    @Test
    void refusesInputsThatStateDifferentMeasurementTypesUnlessOneIsSet() throws Exception {
        List<MergeInput> inputs = List.of(
                input("a.json", inventory("CDT", release("A", "https://github.com/ca/a", "openSource"))),
                input("b.json", inventory("CDT", release("B", "https://github.com/ca/b", "openSource"))
                        .replace("\"method\": \"projects\"", "\"method\": \"linesOfCode\"")));

        assertThatThrownBy(() -> merger.merge(inputs, MergeOptions.defaults()))
                .isInstanceOf(MergeException.class).hasMessageContaining("different measurement types")
                .hasMessageContaining("a.json").hasMessageContaining("b.json");
        MeasurementType systems = new MeasurementType(Property.of(MeasurementMethod.SYSTEMS), Property.absent(), Unknown.NONE);
        assertThat(merger.merge(inputs, MergeOptions.defaults().withMeasurementType(systems)).inventory().measurementType().value())
                .contains(systems);
    }

    @Test
    void keepsTheUnknownFieldsOfReleases() throws Exception {
        MergeResult result = merger.merge(List.of(input("a.json", inventory("CDT",
                release("A", "https://github.com/ca/a", "openSource", "\"x-contractNumber\": \"C-123\"")))), MergeOptions.defaults());

        assertThat(CODEJSON.write(result.inventory())).contains("\"x-contractNumber\": \"C-123\"");
    }

    @Test
    void tellsThePersonRunningItWhatWasDroppedAndWhomToAsk() throws Exception {
        MergeResult result = merger.merge(List.of(
                input("a.json", inventory("CDT", release("Tool", "https://github.com/ca/tool", "openSource"))),
                input("b.json", inventory("CDT", release("Tool", "https://github.com/ca/tool.git", "openSource"),
                        "{\"name\": \"Broken\", \"contact\": {\"email\": \"owner@example.gov\"}}"))),
                MergeOptions.defaults());

        assertThat(result.diagnostics()).extracting(Diagnostic::severity)
                .containsExactly(gov.ca.code.codejson.diagnostic.Severity.WARNING, gov.ca.code.codejson.diagnostic.Severity.ERROR);
        assertThat(LINES.line(result.diagnostics().get(0))).startsWith("b.json:1:").contains(": warning: /releases/0: duplicate of \"Tool\"",
                "kept a.json:1:", "first in input order");
        assertThat(LINES.line(result.diagnostics().get(1))).contains(": error: /releases/1: \"Broken\" fails validation and was left out;"
                + " ask owner@example.gov [merge.invalid-entry]", "\n    1:").contains("/releases/1/description");
        assertThat(result.summary()).isEqualTo("2 inputs, 3 entries: 1 release written, 1 duplicate dropped, 1 invalid (1 left out), 0 redacted");
    }

    private static String text(JsonValue value) {
        return new JsonWriter().write(value);
    }

    private static List<String> names(Inventory inventory) {
        return inventory.releaseList().stream().map(r -> r.name().orElse("")).toList();
    }

    private static Release byName(Inventory inventory, String name) {
        return inventory.releaseList().stream().filter(r -> r.name().orElse("").equals(name)).findFirst().orElseThrow();
    }
}
