package gov.ca.code.codejson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.ReadLimits;

class EntryReportTest {

    private final CodeJson codejson = new CodeJson();

    private static final String INVENTORY = """
            {"version": "2.0.0", "agency": "CDT", "measurementType": {"method": "projects"},
             "releases": [{"name": "permit-fees", "description": "Computes permit fees.",
               "permissions": {"licenses": [{"name": "MIT"}], "usageType": "openSource"},
               "laborHours": 0, "tags": ["permits"], "contact": {"email": "pat@example.gov"},
               "repositoryURL": "not a url"}]}
            """;

    @Test
    void theValidationTableLocatesEachViolationAndTheScoreTableListsEachRelease() throws JsonReadException {
        Document document = codejson.read(INVENTORY, "code.json");
        ValidationReport report = codejson.validate(document);

        EntryReport page = EntryReport.of("Permit fees", "code.json", INVENTORY, document, report);

        assertThat(page.title()).isEqualTo("code.json of Permit fees");
        assertThat(page.intro()).containsExactly("code.json: codegov-2.0.0, validated with profile codegov.");
        assertThat(page.sections()).extracting(EntryReport.Section::title)
                .containsExactly("Validation", "Data quality", "The entry");
        EntryReport.Table violations = (EntryReport.Table) page.sections().get(0).blocks().get(1);
        assertThat(violations.header()).containsExactly("Where", "Severity", "Rule", "Message");
        assertThat(violations.rows()).hasSize(report.violations().size())
                .contains(List.of("/releases/0/repositoryURL (line 5, column 21)", "warning", "codegov.url",
                        "\"not a url\" is not an http or https URL; write the address of a web page, starting with https://"));
        EntryReport.Table scores = (EntryReport.Table) page.sections().get(1).blocks().get(1);
        assertThat(scores.rows()).singleElement().satisfies(row -> assertThat(row.get(0)).isEqualTo("permit-fees"));
        assertThat(page.sections().get(2).blocks()).containsExactly(new EntryReport.Verbatim(INVENTORY));
    }

    @Test
    void aValidFileHasNoViolationTable() throws JsonReadException {
        String valid = INVENTORY.replace("not a url", "https://github.com/example-agency/permit-fees")
                .replace("[\"permits\"]", "[\"permits\", \"fees\", \"buildings\"]");
        Document document = codejson.read(valid, "code.json");

        EntryReport page = EntryReport.of("Permit fees", "code.json", valid, document, codejson.validate(document));

        List<EntryReport.Block> blocks = page.sections().get(0).blocks();
        assertThat(blocks).hasSize(1);
        assertThat(((EntryReport.Paragraph) blocks.get(0)).text()).startsWith("Valid: ");
    }

    @Test
    void anUnreadableFileIsOneParagraph() {
        EntryReport page = EntryReport.unreadable("Permit fees", "code.json:1:2: not JSON");

        assertThat(page.intro()).containsExactly("code.json:1:2: not JSON");
        assertThat(page.sections()).isEmpty();
    }

    @Test
    void aFileOnDiskIsReadAndValidatedWithTheProfileAsked(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), INVENTORY);

        EntryReport page = EntryReport.read(codejson, "Permit fees", file, "code.json", "strict");

        assertThat(page.intro()).containsExactly("code.json: codegov-2.0.0, validated with profile strict.");
        assertThat(page.sections().get(2).blocks()).containsExactly(new EntryReport.Verbatim(INVENTORY));
    }

    @Test
    void aFileThatIsNotJsonIsAPageWithTheLocatedReason(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": ");

        EntryReport page = EntryReport.read(codejson, "Permit fees", file, "code.json", "");

        assertThat(page.sections()).isEmpty();
        assertThat(page.intro()).singleElement().asString().startsWith("code.json:1:");
    }

    @Test
    void aProfileThatDoesNotApplyToTheFamilyIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), INVENTORY);

        assertThatThrownBy(() -> EntryReport.read(codejson, "Permit fees", file, "code.json", "shareit"))
                .isInstanceOf(DiagnosticException.class);
    }

    @Test
    void aFileOverTheReadLimitsIsAPageWithTheReasonNotAFileLoadedWhole(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("code.json"), new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        CodeJson small = new CodeJson(ReadLimits.DEFAULT.with(
                ReadLimits.Limit.MAX_BYTES, 4L));

        EntryReport page = EntryReport.read(small, "Permit fees", file, "code.json", "");

        // Not UTF-8 either: reading it as text first would have failed the page instead of naming the limit.
        assertThat(page.sections()).isEmpty();
        assertThat(page.intro()).singleElement().asString().startsWith("code.json").contains("7 bytes");
    }
}
