package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void metricsNeutraliseValuesForCsvMarkdownHtmlAndTheTerminal() throws Exception {
        Path file = inventory("code.json", NAME, "openSource");
        Path out = dir.resolve("metrics");

        Cli written = Cli.run("metrics", "--out", out.toString(), file.toString());
        Cli markdown = Cli.run("metrics", file.toString());

        assertThat(written.exit).as(written.err).isZero();
        assertTerminalSafe(markdown.out + markdown.err + written.err);
        String csv = Files.readString(out.resolve("releases.csv"));
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\u202e\",").doesNotContain(",=HYPERLINK");
        String md = Files.readString(out.resolve("metrics.md"));
        assertThat(md).contains("\\# Heading \\[x\\]\\(javascript:alert\\(1\\)\\)").doesNotContain("[x](javascript");
        String html = Files.readString(out.resolve("metrics.html"));
        assertThat(html).doesNotContain("href=\"javascript", "<a href=\"javascript", "\u001b")
                .contains("[x](javascript:alert(1))");
    }
}
