package gov.ca.code.codejson.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.Conformance;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.validation.constraints.FormatKind;

/**
 * Every case of the official JSON Schema Test Suite for the formats the reference schemas use
 * ({@code email}, {@code uri}, {@code date}, {@code date-time}) gets the suite's verdict from
 * codejson's format check. The draft-04 files test the check the code.gov schemas use; the
 * draft-07 files, the newest the registries carry, test the same formats as draft 2020-12 defines
 * them for the SHARE IT schemas. Cases of other formats in the draft-04 file are not codejson's;
 * non-string data is not a string format's concern. Deliberate differences are listed with their
 * reason in {@link #EXCEPTIONS}.
 */
class JsonSchemaTestSuiteTest {

    private static final String SUITE = "json-schema-test-suite/";

    private static final Map<String, FormatKind> KINDS = Map.of("email", FormatKind.EMAIL, "uri", FormatKind.URI,
            "date", FormatKind.DATE, "date-time", FormatKind.DATE_TIME);

    /** The suite files, each with the draft whose format definitions it tests. */
    private static final List<String> FILES = List.of(
            "npm-0.0.10/tests/draft4/optional/format.json",
            "debian-2.0.0/tests/draft4/optional/format.json",
            "debian-2.0.0/tests/draft7/optional/format/email.json",
            "debian-2.0.0/tests/draft7/optional/format/uri.json",
            "debian-2.0.0/tests/draft7/optional/format/date.json",
            "debian-2.0.0/tests/draft7/optional/format/date-time.json");

    /**
     * Where codejson deliberately gives another verdict than a suite file, with the reason. Each
     * must still differ: an exception that no longer applies fails the test.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "npm-0.0.10/tests/draft4/optional/format.json uri //foo.bar/?baz=qux#quux",
            "the 0.0.10 package predates the suite's correction: a protocol-relative reference has no scheme, so it"
                    + " is a uri-reference, not an RFC 3986 URI; the suite's own 2.0.0 draft-04 file says invalid");

    @Test
    void everySuiteCaseOfTheFourFormatsGetsTheSuitesVerdict() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> counted = new TreeMap<>();
        List<String> excepted = new ArrayList<>();
        for (String file : FILES) {
            Path path = Conformance.resolve(SUITE + file);
            JsonValue.JsonArray groups = (JsonValue.JsonArray) new JsonReader().read(Conformance.text(path), file).root();
            for (JsonValue g : groups.elements()) {
                JsonValue.JsonObject group = (JsonValue.JsonObject) g;
                JsonValue.JsonObject schema = (JsonValue.JsonObject) group.get("schema").orElseThrow();
                String format = ((JsonValue.JsonString) schema.get("format").orElseThrow()).value();
                FormatKind kind = KINDS.get(format);
                if (kind == null) {
                    continue;
                }
                for (JsonValue t : ((JsonValue.JsonArray) group.get("tests").orElseThrow()).elements()) {
                    JsonValue.JsonObject test = (JsonValue.JsonObject) t;
                    if (!(test.get("data").orElseThrow() instanceof JsonValue.JsonString data)) {
                        continue;
                    }
                    boolean expected = ((JsonValue.JsonBoolean) test.get("valid").orElseThrow()).value();
                    counted.merge(file.substring(0, file.indexOf('/')) + " " + format, 1, Integer::sum);
                    String key = file + " " + format + " " + data.value();
                    if (EXCEPTIONS.containsKey(key)) {
                        assertThat(kind.matches(data.value())).as("exception %s: %s", key, EXCEPTIONS.get(key))
                                .isNotEqualTo(expected);
                        excepted.add(key);
                    } else if (kind.matches(data.value()) != expected) {
                        wrong.add(file + " " + format + " " + "\"" + data.value() + "\"" + ": suite says "
                                + (expected ? "valid" : "invalid") + " ("
                                + ((JsonValue.JsonString) test.get("description").orElseThrow()).value() + ")");
                    }
                }
            }
        }
        System.out.println("JSON Schema Test Suite cases checked: " + counted);
        assertThat(counted).containsKeys("npm-0.0.10 email", "debian-2.0.0 uri", "debian-2.0.0 date",
                "debian-2.0.0 date-time");
        assertThat(wrong).isEmpty();
        assertThat(excepted).containsExactlyInAnyOrderElementsOf(EXCEPTIONS.keySet());
    }
}
