package gov.ca.code.codejson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.validation.Profile;

/**
 * The strict profile says exactly what the reference JSON Schema says: for every corpus file,
 * fixture and example of a family, the verdict (valid or not) equals that of an independent
 * JSON Schema validator run with format assertions on.
 */
class OracleTest {

    private final CodeJson codejson = new CodeJson();

    @Test
    void strictVerdictEqualsTheReferenceSchemaForCodeGov200() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Shared.text(Shared.resolve("schemas/codegov-schema-2.0.0.json")), InputFormat.JSON);
        List<Path> inputs = new ArrayList<>();
        inputs.addAll(Shared.jsonFiles("corpus"));
        inputs.addAll(Shared.jsonFiles("schemas/examples"));
        inputs.addAll(Fixtures.files());
        int compared = 0;
        int valid = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path input : inputs) {
            Document doc;
            try {
                doc = codejson.read(input);
            } catch (JsonReadException e) {
                continue;
            }
            if (doc.family() != Family.CODEGOV_2_0_0) {
                continue;
            }
            compared++;
            List<Error> errors = schema.validate(Shared.text(input), InputFormat.JSON,
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
        System.out.printf("oracle codegov-2.0.0: %d documents compared, %d valid, %d invalid, %d disagreements%n",
                compared, valid, compared - valid, disagreements.size());
        disagreements.forEach(System.out::println);
        assertThat(compared).isGreaterThan(50);
        assertThat(disagreements).isEmpty();
    }
}
