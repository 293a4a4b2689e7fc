package gov.ca.code.codejson.cli;

import static gov.ca.code.codejson.cli.CoordinatorFixtures.inventory;
import static gov.ca.code.codejson.cli.CoordinatorFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class MetricsCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFormatToTheFolderWithDeltasAgainstThePreviousQuarter() throws Exception {
        Path previous = Files.writeString(dir.resolve("q1.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path current = Files.writeString(dir.resolve("q2.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", ""),
                release("B", null, "exemptByLaw", "")));
        Path out = dir.resolve("metrics");

        Cli result = Cli.run("metrics", "--previous", previous.toString(), "--out", out.toString(), current.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(out.resolve("metrics.json")).content().contains("\"comparedWithPrevious\": true", "\"delta\": 1");
        assertThat(out.resolve("metrics.csv")).content().startsWith("section,key,value,previous,delta\n").contains("summary,releases,2,1,1");
        assertThat(out.resolve("releases.csv")).exists();
        assertThat(out.resolve("metrics.md")).content().contains("| exemptByLaw | 1 | 0 | +1 |");
        assertThat(out.resolve("metrics.html")).content().startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
        assertThat(result.err).contains("2 releases; wrote");
    }

    @Test
    void printsMarkdownByDefaultAndJsonWhenAsked() throws Exception {
        Path current = Files.writeString(dir.resolve("q2.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));

        assertThat(Cli.run("metrics", current.toString()).out).startsWith("# code.json metrics — CDT");
        assertThat(Cli.run("metrics", "--format", "json", current.toString()).out).contains("\"format\": \"codejson-metrics/1\"");
    }

    @Test
    void failsWithALocatedErrorOnAnUnreadableInventory() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"releases\": [,]\n}");

        Cli result = Cli.run("metrics", bad.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).startsWith(bad + ":2:");
    }

    @Test
    void thePreviousOptionTakesOneFileSoTheInventoryAfterItIsStillRead() throws Exception {
        Path previous = Files.writeString(dir.resolve("q1.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path current = Files.writeString(dir.resolve("q2.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", ""),
                release("B", null, "exemptByLaw", "")));

        Cli result = Cli.run("metrics", "--format", "json", "--previous", previous.toString(), current.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).contains("\"comparedWithPrevious\": true", "\"delta\": 1");
    }

    /** Runs the command as {@link Main} runs a command that prints a document: on a writer that passes text as it is. */
    private static String printedAsItIs(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new MetricsCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter(), true));
        assertThat(command.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void printsCsvAndJsonAsTheBytesOutWritesAndEscapesControlCharactersOfTheMarkdownTable() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT\\u001b[2J", release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));
        Path out = dir.resolve("out");
        assertThat(Cli.run("metrics", "--out", out.toString(), cdt.toString(), dmv.toString()).exit).isZero();

        String csv = printedAsItIs("--format", "csv", cdt.toString(), dmv.toString());
        String json = printedAsItIs("--format", "json", cdt.toString(), dmv.toString());
        String md = printedAsItIs("--format", "md", cdt.toString(), dmv.toString());

        assertThat(csv.getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(out.resolve("statewide.csv")));
        assertThat(json.getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(out.resolve("statewide.json")));
        assertThat(md).contains("| CDT\\u001b\\[2J | 1 | ").doesNotContain("\u001b");
    }

    @Test
    void aLineBreakInAValueIsAnEscapeInEveryCsvSoEachRecordIsOneLine() throws Exception {
        Path current = Files.writeString(dir.resolve("q2.json"), inventory("CDT", release("A\\nB\\r\\nC", "https://github.com/ca/a",
                "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("D\\nMV", release("B", null, "exemptByLaw", "")));
        Path out = dir.resolve("metrics");
        Path statewide = dir.resolve("statewide");

        Cli result = Cli.run("metrics", "--out", out.toString(), current.toString());
        Cli state = Cli.run("metrics", "--out", statewide.toString(), current.toString(), dmv.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(state.exit).as(state.err).isZero();
        assertThat(Files.readString(out.resolve("releases.csv")).lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains(",A\\u000aB\\u000d\\u000aC,"));
        assertThat(Files.readString(statewide.resolve("statewide.csv")).split("\r\n")).hasSize(4)
                .anySatisfy(l -> assertThat(l).startsWith("\"\",D\\u000aMV,"));
    }

    @Test
    void printsTheStatewideCsvOnStandardOutputAsTheBytesOutWrites() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));
        Path out = dir.resolve("out");

        assertThat(Cli.run("metrics", "--out", out.toString(), cdt.toString(), dmv.toString()).exit).isZero();

        assertThat(Cli.run("metrics", "--format", "csv", cdt.toString(), dmv.toString()).out)
                .isEqualTo(Files.readString(out.resolve("statewide.csv"))).contains("\r\n");
    }
}
