package gov.ca.code.codejson.cli;

import static gov.ca.code.codejson.cli.CoordinatorFixtures.inventory;
import static gov.ca.code.codejson.cli.CoordinatorFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
