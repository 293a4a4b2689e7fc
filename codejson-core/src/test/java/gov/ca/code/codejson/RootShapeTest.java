package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.ObjectMapper;

import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * Real files that are not the object of a published family are read as the family their content
 * follows, with one warning, reported at pointers into the file, and written back in their own shape.
 */
class RootShapeTest {

    private final CodeJson codejson = new CodeJson();
    private final ObjectMapper independent = new ObjectMapper();

    private Document real(String file) throws Exception {
        return codejson.read(Conformance.resolve("corpus/real/" + file));
    }

    private void writesBackTheSameTree(String file, Document doc) throws Exception {
        String text = codejson.write(doc);
        assertThat(independent.readTree(text))
                .isEqualTo(independent.readTree(Conformance.text(Conformance.resolve("corpus/real/" + file))));
        assertThat(codejson.write(codejson.read(text, "again"))).isEqualTo(text);
    }

    @Test
    void readsAUsgsArrayOfReleasesAsTheReleasesOfAnInventoryAndReportsIntoTheArray() throws Exception {
        Document doc = real("ACWI-SOGW__ngwmn-ui__code.json");
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.shape().kind()).isEqualTo(RootShape.Kind.ARRAY);
        assertThat(doc.notices()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("variant.root-shape");
            assertThat(v.message()).contains("top-level array of 1 object,", "read as the releases of a codegov-2.0.0");
        });
        ValidationReport report = codejson.validate(doc, Profile.STRICT);
        assertThat(report.violations()).filteredOn(Diagnostic::isError).extracting(Diagnostic::pointer)
                .contains("", "/0/laborHours", "/0/repositoryURL").noneMatch(p -> p.startsWith("/releases"));
        assertThat(report.violations()).filteredOn(v -> v.pointer().equals("/0/laborHours")).first()
                .satisfies(v -> assertThat(v.location().line()).isGreaterThan(1));
        assertThat(codejson.write(doc)).startsWith("[");
        writesBackTheSameTree("ACWI-SOGW__ngwmn-ui__code.json", doc);
    }

    @Test
    void readsAnArrayOfOfficeInventoriesAsOneInventoryAndWritesEachOfficeBack() throws Exception {
        String file = "GSA__code-gov-api__data_fetched_ED.8e84257.json";
        Document doc = real(file);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_1_0_1);
        assertThat(doc.shape().kind()).isEqualTo(RootShape.Kind.INVENTORIES);
        assertThat(doc.shape().parts()).hasSize(8);
        int total = doc.shape().parts().stream().mapToInt(RootShape.Part::size).sum();
        assertThat(doc.root(gov.ca.code.codejson.codegov101.Inventory.class).projectList()).hasSize(total);
        int lastOffice = total - doc.shape().parts().get(7).size();
        assertThat(doc.shape().filePointer("/projects/" + lastOffice + "/name")).contains("/7/projects/0/name");
        assertThat(doc.notices()).singleElement().extracting(Diagnostic::rule).isEqualTo("variant.root-shape");
        writesBackTheSameTree(file, doc);
    }

    @Test
    void readsAReleaseSplitOutOfAnIndexAsCodeGovNotShareIt() throws Exception {
        String file = "DSACMS__code-gov__agency-indexes_FEC_FEC.json";
        Document doc = real(file);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.shape().kind()).isEqualTo(RootShape.Kind.ENTRY);
        assertThat(doc.notices()).singleElement().extracting(Diagnostic::message).asString()
                .contains("single release", "usageType is a string");
        assertThat(codejson.write(doc)).startsWith("{").doesNotContain("\"releases\"");
        assertThat(codejson.validate(doc, Profile.STRICT).violations()).extracting(Diagnostic::pointer)
                .noneMatch(p -> p.startsWith("/releases") || p.equals("/agency"));
        writesBackTheSameTree(file, doc);
    }

    @Test
    void readsALoneReleaseAsTheOnlyReleaseEvenWhenTheInventoryFamilyIsGiven() throws Exception {
        String release = "{\n  \"name\": \"tool\",\n  \"repositoryURL\": \"https://example.gov/tool\"\n}\n";
        Document doc = codejson.read(new java.io.ByteArrayInputStream(release.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "release.json", Family.CODEGOV_2_0_0);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.shape().kind()).isEqualTo(RootShape.Kind.ENTRY);
        assertThat(doc.root(gov.ca.code.codejson.codegov.Inventory.class).releaseList()).singleElement()
                .satisfies(r -> assertThat(r.name().value()).contains("tool"));
        assertThat(doc.notices()).singleElement().extracting(Diagnostic::message).asString()
                .contains("single release", "codegov-2.0.0 was asked for");
        assertThat(codejson.validate(doc, Profile.STRICT).violations()).extracting(Diagnostic::pointer)
                .contains("/permissions").noneMatch(p -> p.startsWith("/releases") || p.equals("/agency"));
        assertThat(codejson.write(doc)).isEqualTo(release);
    }

    @Test
    void readsAnEmptyObjectAsAnInventoryThatLacksEverything() throws Exception {
        Document doc = real("GSA__code-gov-harvester__data_fallback_FEMA.json");
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.notices()).singleElement().extracting(Diagnostic::rule).isEqualTo("variant.no-family");
        assertThat(codejson.validate(doc, Profile.STRICT).violations()).filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::pointer).contains("/version", "/agency", "/releases");
        assertThat(codejson.write(doc)).isEqualTo("{}\n");
    }

    @Test
    void readsTheIndexGeneratorsVersion100AsTheAgencyIndexAndKeepsIt() throws Exception {
        String file = "DSACMS__codejson-index-generator__index.json";
        Document doc = real(file);
        assertThat(doc.family()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(doc.notices()).filteredOn(v -> v.rule().equals("variant.version")).singleElement()
                .extracting(Diagnostic::message).asString()
                .startsWith("version \"1.0.0\" is not a published version; read as shareit-index-2.0.0 because");
        assertThat(codejson.write(doc)).contains("\"version\": \"1.0.0\"");
        writesBackTheSameTree(file, doc);
    }

    @Test
    void readsAnAggregateOfShareItObjectsUnderProjectsWithVersion20AsTheAgencyIndex() throws Exception {
        String file = "Enterprise-CMCS__mac-fc-aggregate-code-json__data_code.json";
        Document doc = real(file);
        assertThat(doc.family()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(doc.notices()).filteredOn(v -> v.rule().equals("variant.version")).singleElement()
                .extracting(Diagnostic::message).asString().startsWith("version \"2.0\" is not a published version");
        assertThat(codejson.write(doc)).contains("\"version\": \"2.0\"", "\"projects\"");
        writesBackTheSameTree(file, doc);
    }

    @Test
    void readsAnAggregatorsVersion001AsTheFamilyItsReleasesFollow() throws Exception {
        String file = "DSACMS__code-gov__agency-indexes_HHS-index.json";
        Document doc = real(file);
        assertThat(doc.family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(doc.notices()).filteredOn(v -> v.rule().equals("variant.version")).singleElement()
                .extracting(Diagnostic::message).asString()
                .startsWith("version \"0.0.1\" is not a published version; read as codegov-2.0.0 because its releases");
        assertThat(codejson.write(doc)).contains("\"version\": \"0.0.1\"");
    }
}
