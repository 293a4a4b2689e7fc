package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.validation.Profile;

/**
 * The strict profile says exactly what the reference JSON Schema says: for every corpus file,
 * fixture and example of a family, the verdict (valid or not) equals that of an independent
 * JSON Schema validator run with format assertions on.
 */
class OracleTest {

    /** A base address that is never fetched: every schema below it is supplied from the shared folder. */
    private static final String BASE = "https://schemas.codejson.test/";

    private final CodeJson codejson = new CodeJson();

    @Test
    void strictVerdictEqualsTheReferenceSchemaForCodeGov200() throws Exception {
        Schema schema = schema(SpecificationVersion.DRAFT_4, "codegov-schema-2.0.0.json");
        assertThat(compare(Family.CODEGOV_2_0_0, schema)).isGreaterThan(50);
    }

    @Test
    void strictVerdictEqualsTheReferenceSchemaForCodeGov101() throws Exception {
        Schema schema = schema(SpecificationVersion.DRAFT_4, "codegov-schema-1.0.1.json");
        assertThat(compare(Family.CODEGOV_1_0_1, schema)).isGreaterThan(30);
    }

    @Test
    void strictVerdictEqualsTheReferenceSchemaForShareIt200() throws Exception {
        Schema schema = schema(SpecificationVersion.DRAFT_2020_12, "shareit-codejson-2.0.0.json");
        assertThat(compare(Family.SHAREIT_2_0_0, schema)).isGreaterThan(5);
    }

    @Test
    void strictVerdictEqualsTheReferenceSchemaForCms210() throws Exception {
        Schema schema = schema(SpecificationVersion.DRAFT_2020_12, "cms-extension-2.1.0.json");
        assertThat(compare(Family.CMS_2_1_0, schema)).isGreaterThan(15);
    }

    @Test
    void strictVerdictEqualsTheReferenceSchemaForTheShareItAgencyIndex() throws Exception {
        // The index refers to the per-repository schema by the relative path "../schema-2.0.0.json",
        // which resolves only in the DSACMS repository layout; the same layout is rebuilt here.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(
                        BASE + "schema-2.0.0.json", Conformance.text(Conformance.resolve("schemas/shareit-codejson-2.0.0.json")),
                        BASE + "agency-index/schema-2.0.0.json",
                        Conformance.text(Conformance.resolve("schemas/shareit-agency-index-2.0.0.json")))));
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + "agency-index/schema-2.0.0.json"));
        assertThat(compare(Family.SHAREIT_INDEX_2_0_0, schema)).isGreaterThanOrEqualTo(3);
    }

    /**
     * The SHARE IT generic schema 1.0.0 and the CMS extension 0.0.0 are not valid JSON Schemas:
     * their field definitions sit under one property named {@code items}, which the draft-04
     * meta-schema rejects, and they require members that {@code additionalProperties: false}
     * forbids, so no document can satisfy them. No family uses them; this proves why.
     */
    @Test
    void thePublishedSchemasThatAreThemselvesBrokenFailTheMetaSchemaAndAcceptNoDocument() throws Exception {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-04/schema#"));
        for (String reference : List.of("codegov-schema-1.0.1.json", "codegov-schema-2.0.0.json")) {
            assertThat(metaSchema.validate(Conformance.text(Conformance.resolve("schemas/" + reference)), InputFormat.JSON))
                    .as(reference).isEmpty();
        }
        for (String broken : List.of("shareit-codejson-1.0.0.json", "cms-extension-0.0.0.json")) {
            String text = Conformance.text(Conformance.resolve("schemas/" + broken));
            List<Error> errors = metaSchema.validate(text, InputFormat.JSON);
            assertThat(errors).as(broken).isNotEmpty();
            assertThat(errors.toString()).as(broken).contains("/properties/items/description");

            JsonValue.JsonObject schema = (JsonValue.JsonObject) new JsonReader().read(text, broken).root();
            List<String> required = new ArrayList<>();
            ((JsonValue.JsonArray) schema.get("required").orElseThrow()).elements()
                    .forEach(n -> required.add(((JsonValue.JsonString) n).value()));
            assertThat(schema.get("additionalProperties")).get().isInstanceOf(JsonValue.JsonBoolean.class)
                    .extracting(v -> ((JsonValue.JsonBoolean) v).value()).isEqualTo(false);
            assertThat(schema.get("patternProperties")).isEmpty();
            assertThat(required).isNotEmpty().doesNotContain("items");
            // A document needs every required member, and every one of them is an additional property.
            StringBuilder all = new StringBuilder("{");
            required.forEach(r -> all.append(all.length() > 1 ? "," : "").append('"').append(r).append("\":\"x\""));
            Schema asSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text, InputFormat.JSON);
            assertThat(asSchema.validate(all.append('}').toString(), InputFormat.JSON)).as(broken).isNotEmpty();
            assertThat(asSchema.validate("{}", InputFormat.JSON)).as(broken).isNotEmpty();
        }
    }

    private static Schema schema(SpecificationVersion version, String file) {
        return SchemaRegistry.withDefaultDialect(version)
                .getSchema(Conformance.text(Conformance.resolve("schemas/" + file)), InputFormat.JSON);
    }

    /**
     * Compares the strict verdict with the oracle's on every input read as the family.
     *
     * @return how many documents were compared
     */
    private int compare(Family family, Schema schema) {
        int compared = 0;
        int valid = 0;
        List<String> disagreements = new ArrayList<>();
        for (Conformance.Input in : Conformance.readableInputs(codejson)) {
            Path input = in.file();
            Document doc = in.document();
            if (doc.family() != family) {
                continue;
            }
            compared++;
            List<Error> errors = schema.validate(Conformance.text(input), InputFormat.JSON,
                    ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
            ValidationReport ours = codejson.validate(doc, Profile.STRICT);
            if (ours.valid()) {
                valid++;
            }
            if (ours.valid() != errors.isEmpty()) {
                disagreements.add(input.getFileName() + ": codejson " + (ours.valid() ? "valid" : "invalid")
                        + ", oracle " + (errors.isEmpty() ? "valid" : "invalid")
                        + "\n    oracle: " + errors.stream().limit(5).map(Error::toString).toList()
                        + "\n    codejson: " + ours.violations().stream().filter(v -> v.isError()).limit(5)
                        .map(v -> v.pointer() + " " + v.rule() + " " + v.message()).toList());
            }
        }
        System.out.printf("oracle %s: %d documents compared, %d valid, %d invalid, %d disagreements%n",
                family.id(), compared, valid, compared - valid, disagreements.size());
        disagreements.forEach(System.out::println);
        assertThat(disagreements).isEmpty();
        return compared;
    }
}
