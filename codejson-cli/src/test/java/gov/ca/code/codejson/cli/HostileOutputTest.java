package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that would act on a terminal, a spreadsheet or a renderer, through every command that prints them. */
class HostileOutputTest {

    /** Red text, a window title, a cleared screen, a reversed text, Markdown markup and a script link. */
    private static final String NAME = "\\u001b[31mRed\\u001b]0;owned\\u0007\\u001b[2J\\u202eevil# Heading [x](javascript:alert(1))";
    private static final String ORGANIZATION = "=HYPERLINK(\\\"http://x\\\")\\u202e";
    private static final String TAG = "\\tTAB\\u001b[31m";

    @TempDir
    Path dir;

    private Path inventory(String file, String name, String usageType) throws Exception {
        return Files.writeString(dir.resolve(file), "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\":"
                + " {\"method\": \"projects\"}, \"releases\": [{\"name\": \"" + name + "\", \"organization\": \""
                + ORGANIZATION + "\", \"description\": \"Helps.\", \"permissions\": {\"licenses\": [{\"name\": \"MIT\"}],"
                + " \"usageType\": \"" + usageType + "\"}, \"tags\": [\"" + TAG + "\"], \"contact\": {\"email\":"
                + " \"dev@example.gov\"}, \"laborHours\": 10, \"repositoryURL\": \"https://github.com/ca/a\"}]}");
    }

    private static void assertTerminalSafe(String text) {
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e");
    }

    @Test
    void validatePrintsControlAndBidiCharactersEscaped() throws Exception {
        Path file = inventory("code.json", NAME, "\\u001b[2JopenSource");

        Cli result = Cli.run("validate", file.toString());

        assertThat(result.exit).isNotZero();
        assertTerminalSafe(result.out + result.err);
        assertThat(result.out + result.err).contains("\\u001b[2J");
    }

    @Test
    void mergeAndDiffPrintNothingATerminalWouldActOn() throws Exception {
        Path a = inventory("a.json", NAME, "openSource");
        Path b = inventory("b.json", NAME + "\\u202e2", "openSource");

        Cli merge = Cli.run("merge", a.toString(), b.toString());
        Cli diff = Cli.run("diff", a.toString(), b.toString());

        assertTerminalSafe(merge.out + merge.err);
        assertTerminalSafe(diff.out + diff.err);
        assertThat(diff.out + diff.err).contains("\\u202e");
    }

    @Test
    void aLineBreakInAMemberNameOrANameStartsNoLineOfItsOwnInValidateOrDiff() throws Exception {
        Path a = inventory("a.json", "permits", "openSource");
        Path b = Files.writeString(dir.resolve("b.json"), Files.readString(inventory("b.json", "permits\\nFORGED LINE", "openSource"))
                .replace("\"laborHours\"", "\"x\\ny\": 1, \"a/b\\r\\nforged.json:1:1: error: forged\": 2, \"laborHours\""));

        Cli validate = Cli.run("validate", b.toString());
        Cli diff = Cli.run("diff", a.toString(), b.toString());

        assertThat(validate.out.lines()).isNotEmpty().allMatch(l -> l.startsWith(b.toString() + ":"));
        assertThat(validate.out).contains("/releases/0/x\\u000ay: ").doesNotContain("\nforged.json");
        assertThat(diff.out.lines()).noneMatch(l -> l.startsWith("FORGED") || l.startsWith("y:") || l.startsWith("forged.json"));
        assertThat(diff.out).contains("FORGED LINE");
    }

    @Test
    void metricsNeutraliseValuesForCsvMarkdownHtmlAndTheTerminal() throws Exception {
        Path file = inventory("code.json", NAME, "openSource");
        Path out = dir.resolve("metrics");

        Cli written = Cli.run("metrics", "--out", out.toString(), file.toString());
        Cli markdown = Cli.run("metrics", file.toString());

        assertThat(written.exit).as(written.err).isZero();
        assertTerminalSafe(markdown.out + markdown.err + written.err);
        String csv = Files.readString(out.resolve("releases.csv"));
        // The files are read in terminals too (cat metrics.md): written as standard output shows them.
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\\u202e\",").doesNotContain(",=HYPERLINK");
        String md = Files.readString(out.resolve("metrics.md"));
        assertTerminalSafe(csv + md + Files.readString(out.resolve("metrics.csv")));
        assertThat(md).contains("\\# Heading \\[x\\]\\(javascript:alert\\(1\\)\\)").doesNotContain("[x](javascript");
        String html = Files.readString(out.resolve("metrics.html"));
        assertThat(html).doesNotContain("href=\"javascript", "<a href=\"javascript", "\u001b")
                .contains("[x](javascript:alert(1))");
    }

    @Test
    void everyCellOfEveryMetricsCsvThatASpreadsheetWouldRunIsPrefixed() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": \"2.0.0\", \"agency\": \"@AGENCY\","
                + " \"measurementType\": {\"method\": \"projects\"}, \"releases\": [{\"name\": \"-2+3\","
                + " \"organization\": \"+cmd|' /C calc'!A0\", \"description\": \"Helps.\", \"permissions\": {\"licenses\":"
                + " [{\"name\": \"=1+1\"}], \"usageType\": \"openSource\"}, \"tags\": [\"@SUM(1)\", \"\\tTAB\", \"\\rCR\"],"
                + " \"languages\": [\"=HYPERLINK(1)\"], \"contact\": {\"email\": \"dev@example.gov\"}, \"laborHours\": 10,"
                + " \"repositoryURL\": \"https://github.com/ca/a\"}]}");
        Path out = dir.resolve("metrics");

        Cli result = Cli.run("metrics", "--out", out.toString(), file.toString());

        assertThat(result.exit).as(result.err).isZero();
        int cells = 0;
        for (String name : new String[] {"metrics.csv", "releases.csv"}) {
            try (CSVParser csv = CSVParser.parse(Files.readString(out.resolve(name)), CSVFormat.RFC4180)) {
                for (CSVRecord row : csv) {
                    for (String cell : row) {
                        cells++;
                        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-[0-9.]+"))
                                .as(name + " cell " + cell).isTrue();
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(20);
        assertThat(Files.readString(out.resolve("releases.csv"))).contains("'-2+3", "'+cmd");
        assertThat(Files.readString(out.resolve("metrics.csv"))).contains("'=1+1", "'+cmd", "'=HYPERLINK(1)");
    }

    @Test
    void markdownMakesNoLinkFromAValueAndHtmlNeverLinksAScript() throws Exception {
        Path file = inventory("code.json", "[docs](https://x.example) <a href=\\\"javascript:alert(1)\\\">y</a>", "openSource");
        Path out = dir.resolve("metrics");

        Cli result = Cli.run("metrics", "--out", out.toString(), file.toString());

        assertThat(result.exit).as(result.err).isZero();
        String md = Files.readString(out.resolve("metrics.md"));
        assertThat(md).doesNotContain("](https://x.example)", "<a href").contains("\\[docs\\]");
        String html = Files.readString(out.resolve("metrics.html"));
        assertThat(html).doesNotContain("<a href=\"javascript", "href=\"javascript").contains("&lt;a href=");
    }
}
