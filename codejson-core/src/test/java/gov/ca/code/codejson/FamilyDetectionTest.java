package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

class FamilyDetectionTest {

    private final CodeJson codejson = new CodeJson();

    private Document read(String json) throws JsonReadException {
        return codejson.read(json, "test.json");
    }

    private Document read(String json, Family family) throws JsonReadException {
        return codejson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", family);
    }

    @Test
    void tellsEachFamilyFromItsVersionAndShape() throws Exception {
        assertThat(read("{\"version\": \"1.0.1\", \"agency\": \"GSA\", \"projects\": []}").family())
                .isEqualTo(Family.CODEGOV_1_0_1);
        assertThat(read("{\"version\": \"2.0.0\", \"agency\": \"GSA\", \"releases\": []}").family())
                .isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(read("{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"a\", \"SBOM\": \"None\"}]}").family())
                .isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(read("{\"name\": \"a\", \"version\": \"2.0.0\", \"repositoryVisibility\": \"public\"}").family())
                .isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(read("{\"name\": \"a\", \"projects\": [\"Bluebutton\"], \"fismaLevel\": \"low\"}").family())
                .isEqualTo(Family.CMS_2_1_0);
    }

    @Test
    void aShareItMemberMakesAnIndexOnlyInAReleaseItselfInWhicheverReleaseItStands() throws Exception {
        String nested = "{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"a\", \"contact\": {\"SBOM\": \"x\"}},"
                + " {\"name\": \"b\"}]}";
        String last = "{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"a\"}, {\"name\": \"b\", \"maintenance\": \"none\"}]}";

        assertThat(read(nested).family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(codejson.read(new ByteArrayInputStream(nested.getBytes(StandardCharsets.UTF_8)), "test.json", null).family())
                .isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(read(last).family()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(codejson.read(new ByteArrayInputStream(last.getBytes(StandardCharsets.UTF_8)), "test.json", null).family())
                .isEqualTo(Family.SHAREIT_INDEX_2_0_0);
    }

    @Test
    void anArrayUsageTypeMakesAnIndexOnlyUnderAReleasesPermissionsInWhicheverReleaseItStands() throws Exception {
        String last = "{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"a\", \"permissions\": {\"usageType\": \"openSource\"}},"
                + " {\"name\": \"b\", \"permissions\": {\"usageType\": [\"openSource\"]}}]}";
        String elsewhere = "{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"a\", \"permissions\": {\"usageType\": \"openSource\"}},"
                + " {\"name\": \"b\", \"contact\": {\"usageType\": [\"openSource\"]}}]}";

        for (String text : List.of(last, elsewhere)) {
            Family expected = text == last ? Family.SHAREIT_INDEX_2_0_0 : Family.CODEGOV_2_0_0;
            assertThat(read(text).family()).as(text).isEqualTo(expected);
            assertThat(codejson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json", null).family())
                    .as(text).isEqualTo(expected);
        }
    }

    @Test
    void readsAProjectsInventoryWithoutVersionAs101WithAHint() throws Exception {
        Document doc = read("{\"agency\": \"GSA\", \"projects\": []}");
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_1_0_1);
        assertThat(doc.notices()).extracting(Diagnostic::rule, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("variant.no-version", Severity.INFO));
    }

    @Test
    void readsAnUnpublishedVersionAsTheFamilyItsEntriesFollowWithOneWarningAtTheVersion() throws Exception {
        String json = "{\n  \"version\": \"1.0.3\",\n  \"projects\": [{\"name\": \"a\", \"repository\": \"x\"}]\n}";
        Document doc = read(json);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_1_0_1);
        assertThat(doc.notices()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("variant.version");
            assertThat(v.pointer()).isEqualTo("/version");
            assertThat(v.location().line()).isEqualTo(2);
            assertThat(v.location().column()).isEqualTo(14);
            assertThat(v.message()).startsWith("version \"1.0.3\" is not a published version; read as codegov-1.0.1"
                    + " because its projects carry repository");
        });
        assertThat(codejson.write(doc)).contains("\"version\": \"1.0.3\"");
        assertThat(read("{\"version\": \"1.0.0\", \"releases\": [{\"name\": \"a\", \"repositoryVisibility\": \"public\"}]}")
                .notices()).singleElement().extracting(Diagnostic::message).asString()
                .contains("read as shareit-index-2.0.0 because its releases carry repositoryVisibility")
                .contains("codejson-index-generator");
    }

    @Test
    void readsSharedMembersAsAnIndexUnderTheNameCodejsonGivesAnIndexUnlessAUsageTypeIsAString() throws Exception {
        String shared = "{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"a\", \"permissions\": {\"licenses\": []},"
                + " \"laborHours\": 0, \"repositoryURL\": \"https://x.gov/a\"}]}";
        assertThat(codejson.read(shared, "out/agency-index.json").family()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(codejson.read(shared, "out/code.json").family()).isEqualTo(Family.CODEGOV_2_0_0);
        String codeGov = shared.replace("\"licenses\": []", "\"licenses\": [], \"usageType\": \"openSource\"");
        assertThat(codejson.read(codeGov, "out/agency-index.json").family()).isEqualTo(Family.CODEGOV_2_0_0);
    }

    @Test
    void readsARepositoryFileWithAKept101MemberAsShareItUnlessItsUsageTypeIsAString() throws Exception {
        String repository = "{\"name\": \"a\", \"homepage\": \"https://x.gov\", \"permissions\": {\"usageType\": [\"openSource\"]}}";
        assertThat(codejson.read(repository, "out/repositories/a.json").family()).isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(codejson.read(repository.replace("\"permissions\": {\"usageType\": [\"openSource\"]}", "\"x\": 1"),
                "out/repositories/a.json").family()).isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(codejson.read(repository.replace("\"permissions\": {\"usageType\": [\"openSource\"]}", "\"x\": 1"),
                "a.json").family()).isEqualTo(Family.CODEGOV_1_0_1);
        assertThat(codejson.read(repository.replace("[\"openSource\"]", "\"openSource\""), "out/repositories/a.json")
                .family()).isEqualTo(Family.CODEGOV_2_0_0);
        String keptReleases = repository.replace("{\"name\"", "{\"releases\": [], \"name\"");
        assertThat(codejson.read(keptReleases, "out/repositories/a.json").family()).isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(codejson.read(keptReleases, "a.json").family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(codejson.read("{\"laborHours\": 0, \"releases\": []}", "out/repositories/a.json").family())
                .isEqualTo(Family.SHAREIT_2_0_0);
    }

    @Test
    void aNamedFamilyOverridesDetection() throws Exception {
        Document doc = read("{\"version\": \"1.0.0\", \"agency\": \"HHS\", \"releases\": []}", Family.SHAREIT_INDEX_2_0_0);
        assertThat(doc.family()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(codejson.validate(doc, Profile.STRICT).violations()).extracting(Diagnostic::pointer)
                .containsExactly("/measurementType");
    }

    @Test
    void anUnpublishedVersionsWarningNamesTheVersionThatTheFamilyItIsReadAsPublishes() throws Exception {
        assertThat(read("{\"version\": \"1.0.3\", \"projects\": [{\"name\": \"a\", \"repository\": \"x\"}]}").notices())
                .extracting(Diagnostic::message).containsExactly("version \"1.0.3\" is not a published version; read as"
                        + " codegov-1.0.1 because its projects carry repository, a code.gov 1.0.1 member; write"
                        + " \"version\": \"1.0.1\" to declare it");
        assertThat(read("{\"version\": \"2.0.1\", \"releases\": [{\"name\": \"a\", \"permissions\": {}}]}").notices())
                .extracting(Diagnostic::message).containsExactly("version \"2.0.1\" is not a published version; read as"
                        + " codegov-2.0.0 because its releases carry permissions, a code.gov 2.0.0 member; write"
                        + " \"version\": \"2.0.0\" to declare it");
    }

    @Test
    void aNamedFamilyThatContradictsThePublishedVersionIsReadAsNamedWithOneWarningAtTheVersion() throws Exception {
        Document doc = read("{\n  \"version\": \"2.0.0\",\n  \"agency\": \"HHS\",\n  \"projects\": []\n}", Family.CODEGOV_1_0_1);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_1_0_1);
        assertThat(doc.notices()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("variant.family-asked");
            assertThat(v.pointer()).isEqualTo("/version");
            assertThat(v.location().line()).isEqualTo(2);
            assertThat(v.location().column()).isEqualTo(14);
            assertThat(v.message()).isEqualTo("the file declares version \"2.0.0\", but is read as codegov-1.0.1 because that"
                    + " family was asked for; name no family to read it as it declares, or migrate it");
        });
        // An unpublished version contradicts nothing, and a SHARE IT entry's version is the software's.
        assertThat(read("{\"version\": \"1.0.0\", \"agency\": \"HHS\", \"releases\": []}", Family.SHAREIT_INDEX_2_0_0).notices())
                .isEmpty();
        assertThat(read("{\"version\": \"1.0.1\", \"agency\": \"HHS\", \"releases\": []}", Family.CODEGOV_2_0_0).notices())
                .extracting(Diagnostic::rule).containsExactly("variant.family-asked");
        assertThat(read("{\"name\": \"a\", \"version\": \"2.0.0\"}", Family.SHAREIT_2_0_0).notices()).isEmpty();
    }

    @Test
    void readsAJsonSchemaAsAnInventoryWithAWarningThatSaysWhatItIs() throws Exception {
        Document doc = read("{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"type\": \"object\","
                + " \"properties\": {}}");
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.notices()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("variant.no-family");
            assertThat(v.message()).contains("looks like a JSON Schema");
        });
        assertThat(codejson.validate(doc, Profile.STRICT).valid()).isFalse();
    }

    @Test
    void refusesJsonThatIsNotAnObjectOrAnArrayOfObjects() {
        assertThatThrownBy(() -> read("[{\"name\": \"a\"}, 3]")).isInstanceOfSatisfying(JsonReadException.class,
                e -> assertThat(e.reason()).contains("element 1 of this array is of type integer"));
        assertThatThrownBy(() -> read("\"code.json\"")).hasMessageContaining("a JSON object or an array of objects");
    }

    @Test
    void readsProjectsInA20FileAsReleasesButWritesAndReportsThemUnderTheNameTheFileUses() throws Exception {
        String json = """
                {
                  "version": "2.0",
                  "measurementType": {
                    "method": "projects"
                  },
                  "agency": "CDC",
                  "projects": [
                    {
                      "name": "a",
                      "status": "development"
                    }
                  ]
                }
                """;
        Document doc = read(json);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.root(gov.ca.code.codejson.codegov.Inventory.class).releaseList()).hasSize(1);
        assertThat(doc.notices()).extracting(Diagnostic::rule).containsExactly("variant.version", "variant.projects");
        assertThat(codejson.write(doc)).isEqualTo(json.replace("\"2.0\"", "\"2.0\""));
        ValidationReport report = codejson.validate(doc, Profile.STRICT);
        assertThat(report.violations()).filteredOn(Diagnostic::isError).extracting(Diagnostic::pointer)
                .contains("/projects", "/projects/0/description", "/projects/0/status")
                .noneMatch(p -> p.startsWith("/releases"));
        assertThat(report.violations()).filteredOn(v -> v.pointer().equals("/projects/0/status"))
                .extracting(v -> v.location().line() + ":" + v.location().column()).containsExactly("10:17");
    }

    @Test
    void readsTheDraftSpellingsOfShareItWithWarningsInsteadOfRejectingThem() throws Exception {
        Document doc = read("{\"name\": \"a\", \"permissions\": {\"usageType\": \"openSource\"},"
                + " \"contractNumber\": \"X-1\", \"upstream\": \"None\", \"feedbackMechanisms\": \"https://x.gov\","
                + " \"date\": {\"metaDataLastUpdated\": \"2025-01-01T00:00:00Z\"}}");
        assertThat(doc.family()).isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(doc.notices()).allMatch(v -> v.severity() == Severity.WARNING).extracting(Diagnostic::pointer)
                .containsExactlyInAnyOrder("/permissions/usageType", "/contractNumber", "/upstream",
                        "/feedbackMechanisms", "/date/metaDataLastUpdated");
        assertThat(codejson.write(doc)).contains("\"upstream\": \"None\"", "\"contractNumber\": \"X-1\"");
    }

    @Test
    void writesEachFamilyInItsSchemaOrderWithUnknownMembersLast() throws Exception {
        assertThat(codejson.write(read("{\"x-team\": \"a\", \"AIUseCaseID\": \"0\", \"SBOM\": \"None\","
                + " \"name\": \"n\", \"permissions\": {\"usageType\": [], \"licenses\": []}}")))
                .isEqualTo("{\n  \"name\": \"n\",\n  \"permissions\": {\n    \"licenses\": [],\n    \"usageType\": []\n  },"
                        + "\n  \"SBOM\": \"None\",\n  \"AIUseCaseID\": \"0\",\n  \"x-team\": \"a\"\n}\n");
        assertThat(codejson.write(read("{\"maturityModelTier\": 2, \"fismaLevel\": \"low\", \"longDescription\": \"l\","
                + " \"name\": \"n\"}"))).isEqualTo("{\n  \"name\": \"n\",\n  \"longDescription\": \"l\",\n"
                + "  \"fismaLevel\": \"low\",\n  \"maturityModelTier\": 2\n}\n");
        assertThat(codejson.write(read("{\"projects\": [{\"updated\": {}, \"x\": 1, \"name\": \"n\", \"agency\": {}}],"
                + " \"agency\": \"GSA\", \"version\": \"1.0.1\"}")))
                .isEqualTo("{\n  \"version\": \"1.0.1\",\n  \"projects\": [\n    {\n      \"agency\": {},\n"
                        + "      \"name\": \"n\",\n      \"updated\": {},\n      \"x\": 1\n    }\n  ],\n  \"agency\": \"GSA\"\n}\n");
        assertThat(codejson.write(read("{\"releases\": [{\"SBOM\": \"None\", \"name\": \"n\"}], \"agency\": \"HHS\","
                + " \"version\": \"2.0.0\"}"))).isEqualTo("{\n  \"version\": \"2.0.0\",\n  \"agency\": \"HHS\",\n"
                + "  \"releases\": [\n    {\n      \"name\": \"n\",\n      \"SBOM\": \"None\"\n    }\n  ]\n}\n");
    }
}
