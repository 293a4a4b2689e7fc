package gov.ca.code.codejson.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.validation.Profile;

class DiagnosticFormatTest {

    private static final DiagnosticFormat FORMAT = DiagnosticFormat.of("codejson", "1.2.3")
            .withInputs(input -> "--" + input.key());

    private static final Input USAGE_TYPE = () -> "usage-type";

    private static final List<Diagnostic> MIXED = List.of(
            new Diagnostic("code.json", new Location(4, 33), Subject.pointer("/releases/0/permissions/usageType"),
                    "schema.enum", Severity.ERROR, "usageType is \"OpenSource\""),
            new Diagnostic("code.json", Location.UNKNOWN, Subject.pointer(""), "variant.version", Severity.WARNING,
                    "no version"),
            new Diagnostic("pom.xml", Location.UNKNOWN, Subject.input(USAGE_TYPE), "generate.usage-type", Severity.INFO,
                    "inferred"),
            new Diagnostic("", Location.UNKNOWN, Subject.FILE, "merge.agency-missing", Severity.ERROR,
                    "no input names its agency\n    a.json\n    b.json"));

    @Test
    void writesOneCompilerStyleLinePerDiagnostic() {
        assertThat(MIXED.stream().map(FORMAT::line)).containsExactly(
                "code.json:4:33: error: /releases/0/permissions/usageType: usageType is \"OpenSource\" [schema.enum]",
                "code.json: warning: (document): no version [variant.version]",
                "pom.xml: info: --usage-type: inferred [generate.usage-type]",
                "codejson: error: no input names its agency [merge.agency-missing]\n    a.json\n    b.json");
    }

    @Test
    void writesTheJsonReportInReportOrderWithTheCounts() {
        String json = FORMAT.json(MIXED);

        assertThat(json).startsWith("{\n  \"tool\": \"codejson 1.2.3\",\n  \"valid\": false,\n  \"errors\": 2,\n"
                + "  \"warnings\": 1,\n  \"infos\": 1,\n");
        assertThat(json.indexOf("\"merge.agency-missing\"")).isLessThan(json.indexOf("\"variant.version\""));
        assertThat(json.indexOf("\"variant.version\"")).isLessThan(json.indexOf("\"schema.enum\""));
        assertThat(json).contains("\"subject\": \"--usage-type\"", "\"subject\": \"\"");
    }

    @Test
    void writesSarifThatTheSarif210SchemaAccepts() throws Exception {
        Document invalid = new CodeJson().read("{\"version\": \"2.0.0\", \"releases\": [{\"name\": \"x\"}]}", "code.json");
        List<Diagnostic> found = new CodeJson().validate(invalid, Profile.STRICT).violations().stream()
                .map(d -> d.inFile("code.json")).toList();

        for (List<Diagnostic> diagnostics : List.of(MIXED, found, List.<Diagnostic>of())) {
            String sarif = FORMAT.sarif(diagnostics);
            assertThat(sarifSchema().validate(sarif, InputFormat.JSON)).as(sarif).isEmpty();
        }
        assertThat(found).isNotEmpty();
        String broken = FORMAT.sarif(MIXED).replace("\"level\": \"error\"", "\"level\": \"fatal\"");
        assertThat(sarifSchema().validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void sarifNamesTheFileTheRegionAndTheSubject() {
        String sarif = FORMAT.sarif(MIXED.subList(0, 1));

        assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"uri\": \"code.json\"", "\"startLine\": 4",
                "\"startColumn\": 33", "\"fullyQualifiedName\": \"/releases/0/permissions/usageType\"",
                "\"level\": \"error\"", "\"ruleId\": \"schema.enum\"");
    }

    @Test
    void theSameDiagnosticsInAnotherOrderGiveTheSameBytes() {
        List<Diagnostic> reversed = new ArrayList<>(MIXED);
        Collections.reverse(reversed);

        assertThat(FORMAT.json(reversed)).isEqualTo(FORMAT.json(MIXED));
        assertThat(FORMAT.sarif(reversed)).isEqualTo(FORMAT.sarif(MIXED));
    }

    private static Schema sarifSchema() throws IOException {
        try (InputStream in = DiagnosticFormatTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text, InputFormat.JSON);
        }
    }
}
