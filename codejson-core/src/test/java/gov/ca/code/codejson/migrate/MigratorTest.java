package gov.ca.code.codejson.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.Conformance;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.json.ReadLimits;

class MigratorTest {

    private final CodeJson codejson = new CodeJson();
    private final Migrator migrator = new Migrator();

    private Document example(String name) throws JsonReadException {
        return codejson.read(Conformance.resolve("schemas/examples/" + name));
    }

    private Document read(String json, Family family) throws JsonReadException {
        return codejson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", family);
    }

    private static Set<String> errorPointers(ValidationReport report) {
        return report.violations().stream().filter(Diagnostic::isError).map(Diagnostic::pointer)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fillPointers(Migration m) {
        return m.log().toFill().stream().filter(Diagnostic::isError).map(Diagnostic::pointer)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What a user would write for each value the migration asks for. */
    private static String valueFor(String pointer) {
        if (pointer.endsWith("/usageType/0")) {
            return "\"exemptByFOIA\"";
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        Map<String, String> values = Map.ofEntries(
                Map.entry("measurementType", "{\"method\": \"projects\"}"), Map.entry("agency", "\"DOABC\""),
                Map.entry("laborHours", "120"), Map.entry("repositoryVisibility", "\"public\""),
                Map.entry("reuseFrequency", "{\"forks\": 2}"), Map.entry("maintenance", "\"internal\""),
                Map.entry("contractNumber", "[]"), Map.entry("SBOM", "\"None\""),
                Map.entry("feedbackMechanism", "\"https://agency.gov/issues\""), Map.entry("AIUseCaseID", "\"0\""),
                Map.entry("usageType", "\"openSource\""), Map.entry("exemptionText", "\"Justified by the CIO.\""),
                Map.entry("name", "\"Other\""), Map.entry("URL", "\"https://agency.gov/license\""),
                Map.entry("email", "\"team@agency.gov\""), Map.entry("vcs", "\"git\""),
                Map.entry("licenses", "[{\"name\": \"MIT\", \"URL\": \"https://agency.gov/license\"}]"));
        return values.get(last);
    }

    /** Checks the promise of a migration: the output fails exactly on the values to fill, and passes once they are filled. */
    private void assertFailsExactlyOnToFillAndPassesOnceFilled(Migration m) throws JsonReadException {
        Document out = m.document();
        assertThat(errorPointers(codejson.validate(out))).isEqualTo(fillPointers(m));
        String text = codejson.write(out);
        for (String pointer : fillPointers(m)) {
            text = JsonEdit.set(text, pointer, valueFor(pointer));
        }
        ValidationReport filled = codejson.validate(read(text, out.family()));
        assertThat(filled.violations().stream().filter(Diagnostic::isError).toList()).isEmpty();
    }

    @Test
    void migratesTheOfficial101SampleTo200KeepingWhatTheOfficialUpgradersLost() throws Exception {
        Migration m = migrator.migrate(example("codegov-1.0.1-sample.json"), Family.CODEGOV_2_0_0);
        String out = codejson.write(m.document());
        assertThat(m.document().family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(out).contains("\"version\": \"2.0.0\"", "\"agency\": \"DOABC\"",
                "\"repositoryURL\": \"https://github.com/presidential-innovation-fellows/mygov\"",
                "\"usageType\": \"openSource\"", "\"exemptionText\": \"No exemption requested\"",
                "\"URL\": \"https://twitter.com/projectname\"", "\"lastModified\": \"2016-04-12\"")
                .doesNotContain("openSourceProject", "\"repository\"", "laborHours", "measurementType", "null");
        assertThat(fillPointers(m)).containsExactly("/measurementType", "/releases/0/laborHours");
        assertThat(m.log().changes()).anySatisfy(c -> {
            assertThat(c.pointer()).isEqualTo("/releases/0/repositoryURL");
            assertThat(c.from()).isEqualTo("/projects/0/repository");
        });
        assertFailsExactlyOnToFillAndPassesOnceFilled(m);
    }

    @Test
    void turnsTheTwitterHandleIntoTheContactUrlAndKeepsTheAgencysExemptionText() throws Exception {
        String json = """
                {"version": "1.0.1", "agency": "GSA", "projects": [{"name": "n", "description": "d",
                  "repository": null, "license": null, "openSourceProject": 0, "governmentWideReuseProject": 0,
                  "exemption": 2, "exemptionText": "Contains PII processing rules.", "tags": ["a"],
                  "contact": {"email": "x@gsa.gov", "twitter": "@gsa"},
                  "updated": {"lastCommit": "2016-05-01T10:00:00Z"}}]}""";
        Migration m = migrator.migrate(read(json, null), Family.CODEGOV_2_0_0);
        String out = codejson.write(m.document());
        assertThat(out).contains("\"usageType\": \"exemptByNationalSecurity\"",
                "\"exemptionText\": \"Contains PII processing rules.\"", "\"URL\": \"https://twitter.com/gsa\"",
                "\"lastModified\": \"2016-05-01\"", "\"licenses\": null").doesNotContain("twitter\"", "repositoryURL");
        assertThat(fillPointers(m)).containsExactly("/measurementType", "/releases/0/laborHours");
        assertFailsExactlyOnToFillAndPassesOnceFilled(m);
    }

    @Test
    void asksForTheUsageTypeWhenTheProjectDoesNotSayInsteadOfGuessing() throws Exception {
        String json = """
                {"version": "1.0.1", "projects": [{"name": "n", "description": "d", "repository": "https://x.gov/r",
                  "license": "https://x.gov/l", "openSourceProject": 0, "governmentWideReuseProject": 0,
                  "closedProject": 1, "tags": ["a"], "contact": {"email": "x@gsa.gov"}}]}""";
        Migration m = migrator.migrate(read(json, null), Family.CODEGOV_2_0_0);
        assertThat(fillPointers(m)).containsExactly("/agency", "/measurementType", "/releases/0/laborHours",
                "/releases/0/permissions/usageType");
        assertThat(m.log().toFill()).anySatisfy(v -> assertThat(v.message()).contains("closedProject is 1"));
        assertThat(codejson.write(m.document())).doesNotContain("usageType", "closedProject");
        assertFailsExactlyOnToFillAndPassesOnceFilled(m);
    }

    @Test
    void splits200IntoAnAgencyIndexAndOneRepositoryFilePerRelease() throws Exception {
        Migration m = migrator.migrate(example("codegov-2.0.0-sample.json"), Family.SHAREIT_2_0_0);
        assertThat(m.outputs()).extracting(Migration.Output::path)
                .containsExactly("agency-index.json", "repositories/mygov.json");
        assertThat(m.outputs().get(1).document().family()).isEqualTo(Family.SHAREIT_2_0_0);
        String index = codejson.write(m.document());
        assertThat(index).contains("\"name\": \"CC0-1.0\"", "\"created\": \"2016-04-12T00:00:00Z\"")
                .doesNotContain("\"phone\"", "twitter.com");
        assertThat(m.log().changes()).filteredOn(Change::dropped).extracting(Change::pointer)
                .contains("/releases/0/contact/URL", "/releases/0/contact/phone");
        assertThat(fillPointers(m)).containsExactly("/releases/0/AIUseCaseID", "/releases/0/SBOM",
                "/releases/0/contractNumber", "/releases/0/feedbackMechanism", "/releases/0/maintenance",
                "/releases/0/repositoryVisibility", "/releases/0/reuseFrequency");
        assertFailsExactlyOnToFillAndPassesOnceFilled(m);
    }

    @Test
    void keepsTheFirstOfSeveralShareItUsageTypesAsTheCodeGovStringForReviewAndAsksForAMissingOne() throws Exception {
        String json = """
                {"name": "n", "description": "d", "repositoryVisibility": "public",
                 "permissions": {"licenses": [], "usageType": ["exemptByFOIA", "openSource"]}}""";
        Migration m = migrator.migrate(read(json, null), Family.CODEGOV_2_0_0);
        assertThat(codejson.write(m.document())).contains("\"usageType\": \"exemptByLaw\"");
        assertThat(m.log().toFill()).filteredOn(v -> v.pointer().equals("/releases/0/permissions/usageType"))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("migrate.review");
                    assertThat(v.message()).contains("2 usage types (exemptByFOIA, openSource)");
                });

        Migration none = migrator.migrate(read(json.replace("[\"exemptByFOIA\", \"openSource\"]", "[]"), null),
                Family.CODEGOV_2_0_0);
        assertThat(codejson.write(none.document())).doesNotContain("usageType");
        assertThat(fillPointers(none)).contains("/releases/0/permissions/usageType");
    }

    @Test
    void refusesAMigrationWhoseOutputWouldNestDeeperThanTheReadLimitAndNamesTheDepthToRaiseItTo() throws Exception {
        String deep = "[".repeat(61) + "]".repeat(61);
        Document repository = read("{\"name\": \"n\", \"repositoryVisibility\": \"public\", \"x\": [" + deep + "]}", null);

        assertThatThrownBy(() -> migrator.migrate(repository, Family.CODEGOV_2_0_0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot migrate shareit-2.0.0 to codegov-2.0.0: the output would nest 65 arrays and objects deep,"
                        + " over the read limit max-depth of 64, so codejson could not read it back; raise the limit to at"
                        + " least 65 for this migration and for every later read of its output");
        Migration raised = new Migrator(ReadLimits.DEFAULT.withMaxNestingDepth(65)).migrate(repository, Family.CODEGOV_2_0_0);
        String out = codejson.write(raised.document());
        assertThat(new CodeJson(ReadLimits.DEFAULT.withMaxNestingDepth(65)).read(out, "code.json").family())
                .isEqualTo(Family.CODEGOV_2_0_0);
    }

    @Test
    void writesAnEmptyReleasesArrayForEntriesThatAreNotAnArrayAndLogsTheValue() throws Exception {
        Document doc = read("{\"version\": \"1.0.1\", \"agency\": \"GSA\", \"projects\": {\"method\": \"modules\"},"
                + " \"description\": \"d\", \"license\": \"x\"}", Family.CODEGOV_1_0_1);
        Migration m = migrator.migrate(doc, Family.CODEGOV_2_0_0);
        String out = codejson.write(m.document());
        assertThat(out).contains("\"releases\": []");
        assertThat(m.log().changes()).filteredOn(Change::dropped).extracting(Change::pointer).contains("/releases");
        assertThat(codejson.read(out, "code.json").family()).isEqualTo(Family.CODEGOV_2_0_0);
    }

    @Test
    void dropsAMemberOnlyShareItDefinesFromA101ProjectSoThatTheResultReadsAsCodeGov() throws Exception {
        Document doc = read("{\"version\": \"1.0.1\", \"agency\": \"GSA\", \"projects\": [{\"name\": \"a\","
                + " \"description\": \"d\", \"feedbackMechanism\": \"https://x.gov/issues\"}]}", Family.CODEGOV_1_0_1);
        Migration m = migrator.migrate(doc, Family.CODEGOV_2_0_0);
        String out = codejson.write(m.document());
        assertThat(out).doesNotContain("feedbackMechanism");
        assertThat(m.log().changes()).filteredOn(Change::dropped).extracting(Change::pointer, Change::from)
                .contains(org.assertj.core.groups.Tuple.tuple("/releases/0/feedbackMechanism", "/projects/0/feedbackMechanism"));
        assertThat(codejson.read(out, "code.json").family()).isEqualTo(Family.CODEGOV_2_0_0);
    }

    @Test
    void asksToReclassifyExemptByLawInsteadOfPickingASharItExemption() throws Exception {
        Document doc = example("codegov-2.0.0-sample.json");
        String json = codejson.write(doc).replace("\"openSource\"", "\"exemptByLaw\"")
                .replace("\"exemptionText\": null", "\"exemptionText\": \"Export controlled.\"");
        Migration m = migrator.migrate(read(json, null), Family.SHAREIT_INDEX_2_0_0);
        assertThat(fillPointers(m)).contains("/releases/0/permissions/usageType/0");
        assertThat(m.log().toFill()).anySatisfy(v -> assertThat(v.message()).contains("exemptByEAR"));
        assertThat(codejson.write(m.document())).contains("\"exemptByLaw\"");
        assertFailsExactlyOnToFillAndPassesOnceFilled(m);
    }

    @Test
    void roundTrip200ToShareItAndBackKeepsEveryFieldBothFamiliesHave() throws Exception {
        for (Path file : List.of(Conformance.resolve("schemas/examples/codegov-2.0.0-sample.json"),
                Conformance.resolve("schemas/examples/california-cdt-code.json"))) {
            Document original = codejson.read(file);
            Migration there = migrator.migrate(original, Family.SHAREIT_2_0_0);
            Migration back = migrator.migrate(there.document(), Family.CODEGOV_2_0_0);
            Map<String, JsonValue> before = leaves(CodeJson.toJson(original.root()), "");
            Map<String, JsonValue> after = leaves(CodeJson.toJson(back.document().root()), "");
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, JsonValue> e : before.entrySet()) {
                JsonValue now = after.get(e.getKey());
                if (now == null || !new gov.ca.code.codejson.json.JsonWriter().write(wrap(now)).equals(new gov.ca.code.codejson.json.JsonWriter().write(wrap(e.getValue())))) {
                    lost.add(e.getKey());
                }
            }
            assertThat(lost).as(file.getFileName().toString()).isNotEmpty().allSatisfy(pointer ->
                    assertThat(there.log().at(pointer)).as(pointer).anySatisfy(c ->
                            assertThat(c.reason()).contains("cannot survive")));
            assertThat(after.keySet()).as("nothing appears that was not there").isSubsetOf(before.keySet());
        }
    }

    @Test
    void renamesTheSpellingsOfTheShareItDraftsToTheCurrentOnes() throws Exception {
        String json = """
                {"name": "n", "description": "d", "status": "production",
                 "permissions": {"licenses": [], "usageType": "openSource"},
                 "contractNumber": " HHSM-500 ", "upstream": "None", "feedbackMechanisms": "https://x.gov/issues",
                 "date": {"metaDataLastUpdated": "2025-07-01T00:00:00Z"}}""";
        Document doc = read(json, null);
        assertThat(doc.family()).isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(doc.notices()).extracting(Diagnostic::rule).containsExactlyInAnyOrder("variant.legacy-key",
                "variant.legacy-key", "variant.legacy-key", "variant.contract-number-string", "variant.usage-type-string");
        Migration m = migrator.migrate(doc, Family.SHAREIT_2_0_0);
        String out = codejson.write(m.document());
        assertThat(out).contains("\"SBOM\": \"None\"", "\"feedbackMechanism\": \"https://x.gov/issues\"",
                "\"metadataLastUpdated\": \"2025-07-01T00:00:00Z\"", "\"usageType\": [\n", "\"status\": \"Production\"")
                .contains("\"contractNumber\": [\n    \"HHSM-500\"\n  ]")
                .doesNotContain("upstream", "feedbackMechanisms", "metaDataLastUpdated");
        assertThat(read(out, null).notices()).isEmpty();
        assertThat(m.log().changes()).hasSize(6);
    }

    @Test
    void migratesACmsRepositoryTo200ListingEveryCmsFieldThatCannotSurvive() throws Exception {
        Document cms = example("shareit-cms-example-metrics.json");
        assertThat(cms.family()).isEqualTo(Family.CMS_2_1_0);
        Migration m = migrator.migrate(cms, Family.CODEGOV_2_0_0);
        assertThat(m.log().changes()).filteredOn(Change::dropped).extracting(Change::pointer)
                .contains("/releases/0/fismaLevel", "/releases/0/maturityModelTier", "/releases/0/SBOM");
        assertThat(fillPointers(m)).contains("/measurementType", "/agency");
        assertThat(fillPointers(m)).isSubsetOf(errorPointers(codejson.validate(m.document())));
    }

    @Test
    void refusesAConversionItDoesNotKnowAndNamesTheSupportedOnes() throws Exception {
        Document doc = example("codegov-1.0.1-sample.json");
        assertThatThrownBy(() -> migrator.migrate(doc, Family.SHAREIT_2_0_0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("codegov-1.0.1 -> codegov-2.0.0").hasMessageContaining("first");
    }

    @Test
    void everyValueToFillInEveryMigratedCorpusFileIsAnErrorOfTheMigratedFile() throws Exception {
        int migrated = 0;
        for (Path file : Conformance.jsonFiles("corpus")) {
            Document doc;
            try {
                doc = codejson.read(file);
            } catch (JsonReadException e) {
                continue;
            }
            Family to = doc.family() == Family.CODEGOV_2_0_0 ? Family.SHAREIT_2_0_0 : Family.CODEGOV_2_0_0;
            // A file that names its releases "projects" (a 2.0.0 inventory or, since the version "2.0"
            // aggregates of SHARE IT objects are read as the index, an index) is migrated as releases.
            if (doc.renamed().size() > 0) {
                continue;
            }
            Migration m = migrator.migrate(doc, to);
            assertThat(fillPointers(m)).as(file.getFileName().toString())
                    .isSubsetOf(errorPointers(codejson.validate(m.document())));
            migrated++;
        }
        assertThat(migrated).isGreaterThan(100);
    }

    private static JsonValue wrap(JsonValue v) {
        return new JsonValue.JsonArray(List.of(v), gov.ca.code.codejson.diagnostic.Location.UNKNOWN);
    }

    private static Map<String, JsonValue> leaves(JsonValue v, String pointer) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        if (v instanceof JsonValue.JsonObject o) {
            for (JsonValue.Member m : o.members()) {
                out.putAll(leaves(m.value(), gov.ca.code.codejson.json.JsonPointer.append(pointer, m.name())));
            }
        } else if (v instanceof JsonValue.JsonArray a && !a.elements().isEmpty()) {
            for (int i = 0; i < a.elements().size(); i++) {
                out.putAll(leaves(a.elements().get(i), gov.ca.code.codejson.json.JsonPointer.append(pointer, i)));
            }
        } else {
            out.put(pointer, v);
        }
        return out;
    }
}
