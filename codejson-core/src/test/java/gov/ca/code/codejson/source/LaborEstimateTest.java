package gov.ca.code.codejson.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class LaborEstimateTest {

    private static final Path BASE = Path.of("/work/project").toAbsolutePath();

    private static LaborEstimate sampleEstimate() {
        SourceMeasurement measurement = new SourceMeasurement(
                List.of(BASE.resolve("src/main/java"), BASE.resolve("src/missing")),
                List.of(new LanguageLines("Java", 2, 9_000), new LanguageLines("Kotlin", 1, 1_000)),
                3,
                List.of(
                        new SkippedFile(BASE.resolve("src/main/java/we\"ird\\name.java"), "binary content"),
                        new SkippedFile(BASE.resolve("src/missing"), "source root does not exist"),
                        new SkippedFile(
                                Path.of("/elsewhere/Tab\tbed.java"), "could not be read (AccessDeniedException)")));
        return Cocomo2.estimate(measurement);
    }

    /**
     * Parses a JSON document into a flat map from JSON Pointer to scalar text (arrays also get a
     * {@code #size} entry), so that assertions can look at any value; parsing proves the document
     * is well-formed and holds exactly one value.
     */
    private static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            read(parser, "", values);
            assertThat(parser.nextToken()).as("content after the document").isNull();
        }
        return values;
    }

    private static void read(JsonParser parser, String pointer, Map<String, String> values) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                read(parser, pointer + "/" + name, values);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int size = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                read(parser, pointer + "/" + size++, values);
            }
            values.put(pointer + "#size", Integer.toString(size));
        } else {
            values.put(pointer, parser.getString());
        }
    }

    @Test
    void rendersTheSameStringForTheSameEstimate() {
        assertThat(sampleEstimate().toJson(BASE)).isEqualTo(sampleEstimate().toJson(BASE));
        assertThat(sampleEstimate().toJson()).isEqualTo(sampleEstimate().toJson());
    }

    @Test
    void rendersParseableJsonWithTheEstimateAndItsParameters() {
        LaborEstimate estimate = sampleEstimate();

        Map<String, String> json = parse(estimate.toJson(BASE));

        assertThat(json)
                .containsEntry("/method", "COCOMO II.2000 post-architecture, nominal")
                .containsEntry("/laborHours", Long.toString(estimate.hours()))
                // 2.94 * 10^1.0997 = 36.99 person-months (5,622 h / 152 h)
                .containsEntry("/personMonths", "36.99")
                .containsEntry("/sloc", "10000")
                .containsEntry("/parameters/A", "2.94")
                .containsEntry("/parameters/B", "0.91")
                .containsEntry("/parameters/scaleFactorSum", "18.97")
                .containsEntry("/parameters/E", "1.0997")
                .containsEntry("/parameters/effortMultiplier", "1.0")
                .containsEntry("/parameters/hoursPerPersonMonth", "152")
                .containsEntry("/filesCounted", "3")
                .containsEntry("/languages/0/language", "Java")
                .containsEntry("/languages/0/files", "2")
                .containsEntry("/languages/0/sloc", "9000")
                .containsEntry("/languages/1/language", "Kotlin")
                .containsEntry("/skippedFiles/0/path", "src/main/java/we\"ird\\name.java")
                .containsEntry("/skippedFiles/0/reason", "binary content")
                .containsEntry("/skippedFiles/1/path", "src/missing")
                .containsEntry("/skippedFiles/2/path", "/elsewhere/Tab\tbed.java")
                .containsEntry("/languages#size", "2")
                .containsEntry("/skippedFiles#size", "3");
    }

    @Test
    void writesKeysInAFixedOrderWithTwoSpaceIndentAndAFinalNewline() {
        String json = Cocomo2.estimate(0).toJson();

        assertThat(json).isEqualTo("""
                {
                  "method": "COCOMO II.2000 post-architecture, nominal",
                  "laborHours": 0,
                  "personMonths": 0.00,
                  "sloc": 0,
                  "formula": "PM = A * (SLOC / 1000)^E * EM; E = B + 0.01 * scaleFactorSum; \
                hours = PM * hoursPerPersonMonth, rounded half-up to a whole hour",
                  "reference": "COCOMO II Model Definition Manual, version 2000.0, USC Center for Software Engineering",
                  "parameters": {
                    "A": 2.94,
                    "B": 0.91,
                    "scaleFactorSum": 18.97,
                    "E": 1.0997,
                    "effortMultiplier": 1.0,
                    "hoursPerPersonMonth": 152
                  },
                  "filesCounted": 0,
                  "languages": [],
                  "skippedFiles": []
                }
                """);
    }

    @Test
    void usesOnlyLineFeedsAsLineEnds() {
        String json = sampleEstimate().toJson(BASE);

        assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
        assertThat(json.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    }

    @Test
    void keepsLanguagesSortedAndRejectsDuplicates() {
        LaborEstimate estimate = new LaborEstimate(1, "manual", BigDecimal.ONE, CocomoParameters.NOMINAL, 2,
                List.of(new LanguageLines("Shell", 1, 1), new LanguageLines("C", 1, 1)), 2, List.of());

        assertThat(estimate.languageLines()).extracting(LanguageLines::language).containsExactly("C", "Shell");
        assertThatThrownBy(() -> new LaborEstimate(1, "manual", BigDecimal.ONE, CocomoParameters.NOMINAL, 2,
                        List.of(new LanguageLines("C", 1, 1), new LanguageLines("C", 1, 1)), 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
