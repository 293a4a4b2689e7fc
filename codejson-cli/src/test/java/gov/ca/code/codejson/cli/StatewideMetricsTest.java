package gov.ca.code.codejson.cli;

import static gov.ca.code.codejson.cli.CoordinatorFixtures.inventory;
import static gov.ca.code.codejson.cli.CoordinatorFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatewideMetricsTest {

    @TempDir
    Path dir;

    private Path quarter(String name, String cdt, String dmv) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("agencies"));
        Files.writeString(folder.resolve("cdt.json"), cdt);
        Files.writeString(folder.resolve("dmv.json"), dmv);
        return folder.getParent();
    }

    @Test
    void givesOneRowPerAgencyAndTheStatewideTotalsWithTheChangeSinceLastQuarter() throws Exception {
        Path q2 = quarter("q2", inventory("CDT", release("A", "https://github.com/ca/a", "openSource", ""),
                release("B", "https://github.com/ca/b", "openSource", "")), inventory("DMV", release("C", null, "exemptByLaw", "")));
        Path q3 = quarter("q3", inventory("CDT", release("A", "https://github.com/ca/a", "openSource", ""),
                release("B", "https://github.com/ca/b", "openSource", ""), release("X", null, "exemptByCIO", "")),
                inventory("DMV", release("C", null, "exemptByLaw", ""), release("D", "https://github.com/ca/d", "openSource", "")));
        Path out = dir.resolve("metrics");

        Cli result = Cli.run("metrics", "--period", "2026-Q3", "--previous", q2.toString(), "--out", out.toString(), q3.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(out.resolve("statewide.md")).content().startsWith("# Statewide participation — 2026-Q3\n")
                .contains("| CDT | 3 | 66.7 % | exemptByCIO 33.3 % | ")
                .contains("| DMV | 2 | 50.0 % | exemptByLaw 50.0 % | ")
                .contains("| **Statewide** | 5 | 60.0 % | exemptByLaw 20.0 %, exemptByCIO 20.0 % | ")
                .contains("+1 releases, −33.3 points open source, +10 hours");
        assertThat(out.resolve("statewide.json")).content().contains("\"format\": \"codejson-statewide-metrics/1\"",
                "\"period\": \"2026-Q3\"", "\"comparedWithPrevious\": true");
        assertThat(out.resolve("statewide.csv")).content().startsWith("period,agency,releases,openSource,openSourceShare,")
                .contains("2026-Q3,Statewide,5,3,0.6000,");
        assertThat(out.resolve("statewide.html")).content().contains("<caption>Participation by agency</caption>")
                .doesNotContain("<script", "http://", "https://");
        assertThat(result.err).contains("2 agencies, 5 releases; wrote");
    }

    @Test
    void withoutAPeriodNoDateAppearsAndTheSameInputGivesTheSameBytes() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));

        Cli first = Cli.run("metrics", "--format", "json", cdt.toString(), dmv.toString());
        Cli second = Cli.run("metrics", "--format", "json", cdt.toString(), dmv.toString());

        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).isEqualTo(second.out).contains("\"period\": null").doesNotContainPattern("20\\d\\d-");
        assertThat(Cli.run("metrics", "--format", "md", cdt.toString(), dmv.toString()).out).startsWith("# Statewide participation\n");
    }

    @Test
    void aReleaseThatTwoAgenciesListCountsInBothRowsAndOnceStatewideAsInTheStatewideInventory() throws Exception {
        String shared = release("Shared", "https://github.com/ca/shared", "openSource", "");
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", shared,
                release("B", null, "exemptByLaw", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("DMV",
                release("Shared", "https://www.github.com/ca/shared.git", "openSource", "")));

        Cli md = Cli.run("metrics", "--format", "md", cdt.toString(), dmv.toString());
        Cli merged = Cli.run("merge", "--agency", "State", "--out", dir.resolve("state.json").toString(), cdt.toString(), dmv.toString());

        assertThat(md.exit).as(md.err).isZero();
        assertThat(merged.exit).as(merged.err).isZero();
        assertThat(md.out).contains("| CDT | 2 | 50.0 % | exemptByLaw 50.0 % | ", "| DMV | 1 | 100.0 % | none | ",
                "| **Statewide** | 2 | 50.0 % | exemptByLaw 50.0 % | ");
        assertThat(dir.resolve("state.json")).content().containsOnlyOnce("\"name\": \"Shared\"");
    }

    @Test
    void refusesAPeriodThatIsNeitherAQuarterNorADate() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));

        Cli result = Cli.run("metrics", "--period", "Q3", cdt.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("--period \"Q3\" is neither a quarter such as 2026-Q3 nor a date such as 2026-09-30");
    }

    @Test
    void anAgencyNameIsNeitherALinkInMarkdownNorAFormulaInCsv() throws Exception {
        Path hostile = Files.writeString(dir.resolve("x.json"), inventory("=HYPERLINK(1) [x](javascript:alert(1))",
                release("A", "https://github.com/ca/a", "openSource", "")));
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("B", "https://github.com/ca/b", "openSource", "")));

        Cli md = Cli.run("metrics", "--format", "md", hostile.toString(), cdt.toString());
        Cli csv = Cli.run("metrics", "--format", "csv", hostile.toString(), cdt.toString());

        assertThat(md.exit).as(md.err).isZero();
        assertThat(md.out).contains("\\[x\\]\\(javascript:alert\\(1\\)\\)").doesNotContain("[x](javascript");
        assertThat(csv.out).contains(",'=HYPERLINK(1) [x](javascript:alert(1)),").doesNotContain(",=HYPERLINK");
    }

    @Test
    void thePreviousOptionIsRepeatedOncePerFileOfLastQuarter() throws Exception {
        Path cdt2 = Files.writeString(dir.resolve("cdt2.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv2 = Files.writeString(dir.resolve("dmv2.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));
        Path cdt3 = Files.writeString(dir.resolve("cdt3.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", ""),
                release("C", "https://github.com/ca/c", "openSource", "")));
        Path dmv3 = Files.writeString(dir.resolve("dmv3.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));

        Cli result = Cli.run("metrics", "--format", "md", "--previous", cdt2.toString(), "--previous", dmv2.toString(),
                cdt3.toString(), dmv3.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).contains("| CDT | 2 | 100.0 % | none | ", "| DMV | 1 | 0.0 % | exemptByLaw 100.0 % | ",
                "+1 releases");
    }

    @Test
    void aFolderIsReadWithoutTheFilesCodejsonWroteIntoIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("agencies-q3"));
        Path cdt = Files.writeString(folder.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Files.writeString(folder.resolve("dmv.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));
        assertThat(Cli.run("metrics", "--out", folder.toString(), cdt.toString()).exit).isZero();
        assertThat(Cli.run("metrics", "--out", folder.toString(), folder.toString()).exit).isZero();

        Cli result = Cli.run("metrics", "--format", "md", folder.toString());
        Cli site = Cli.run("site", "--out", dir.resolve("site").toString(), folder.toString());
        Cli named = Cli.run("metrics", "--format", "md", cdt.toString(), folder.resolve("statewide.json").toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).contains("| CDT | 1 | ", "| DMV | 1 | ", "| **Statewide** | 2 | ").doesNotContain("| 0 |");
        assertThat(result.err).isEqualTo(folder.resolve("metrics.json") + ": warning: a codejson-metrics/1 file that codejson wrote, not an"
                + " inventory; skipped [input.codejson-output]\n" + folder.resolve("statewide.json") + ": warning: a"
                + " codejson-statewide-metrics/1 file that codejson wrote, not an inventory; skipped [input.codejson-output]\n");
        assertThat(site.err).contains("2 agencies, 2 releases");
        assertThat(named.exit).isEqualTo(2);
        assertThat(named.err).isEqualTo(folder.resolve("statewide.json") + ": error: a codejson-statewide-metrics/1 file that codejson"
                + " wrote, not an inventory; name an agency's code.json [input.codejson-output]\n");
        assertThat(named.out).isEmpty();
    }

    @Test
    void refusesAFolderWithoutInventoriesAsSiteDoes() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));

        Cli result = Cli.run("metrics", empty.toString());
        Cli previous = Cli.run("metrics", "--previous", empty.toString(), "--period", "2026-Q3", cdt.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: no inventory in " + empty + ": name code.json files or a folder that holds some\n");
        assertThat(result.out).isEmpty();
        assertThat(previous.exit).isEqualTo(2);
        assertThat(previous.err).isEqualTo("codejson: no inventory in --previous " + empty + ": name last quarter's code.json files or a"
                + " folder that holds some\n");
    }

    @Test
    void namesEveryUnreadableInventoryAndLastQuartersBeforeFailingOnce() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"releases\": [");
        Path worse = Files.writeString(dir.resolve("worse.json"), "{\n  \"agency\": }");
        Path missing = dir.resolve("missing.json");

        Cli result = Cli.run("metrics", "--previous", missing.toString(), good.toString(), bad.toString(), worse.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err.lines()).hasSize(3);
        assertThat(result.err).contains(bad + ":1:", worse + ":2:", missing.toString());
        assertThat(result.out).isEmpty();
    }

    @Test
    void anInventoryNamedTwiceCountsOnce() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("DMV", release("B", null, "exemptByLaw", "")));
        Path again = dir.resolve("./cdt.json");

        Cli result = Cli.run("metrics", "--format", "md", cdt.toString(), dmv.toString(), again.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.out).containsOnlyOnce("| CDT | ").contains("| **Statewide** | 2 | ");
        assertThat(result.err).isEqualTo(again + ": warning: the same file as '" + cdt + "', which is read once; skipped"
                + " [input.same-file]\n");
    }

    @Test
    void anAgencyWithoutReleasesHasNoMedianScoreRatherThanZero() throws Exception {
        Path cdt = Files.writeString(dir.resolve("cdt.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path dmv = Files.writeString(dir.resolve("dmv.json"), inventory("DMV"));

        Cli md = Cli.run("metrics", "--format", "md", cdt.toString(), dmv.toString());
        Cli html = Cli.run("metrics", "--format", "html", cdt.toString(), dmv.toString());

        assertThat(md.exit).as(md.err).isZero();
        assertThat(md.out).contains("| DMV | 0 | 0.0 % | none | n/a | 0 |");
        assertThat(html.out).contains("<th scope=\"row\">DMV</th><td class=\"n\">0</td><td class=\"n\">0.0 %</td><td>none</td>"
                + "<td class=\"n\">n/a</td>");
    }

    @Test
    void itsHelpSaysWhatItsOwnExitCodesMean() {
        Cli help = Cli.run("metrics", "--help");

        // Picocli wraps the list to the terminal's width.
        assertThat(help.out.replaceAll("\\s+", " ")).contains("Exit codes: 0 metrics computed; an invalid value is counted as such,"
                + " never a reason to fail (metrics never exits with 1) 2 an input could not be read or converted, a folder holds no"
                + " inventory, an output could not be written, or bad usage; nothing is written").doesNotContain("some input is invalid");
    }
}
