package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

    @TempDir
    Path dir;

    private static String inventory(String agency, String release) {
        return "{\"version\": \"2.0.0\", \"measurementType\": {\"method\": \"projects\"}, \"agency\": \"" + agency + "\", \"releases\": [{"
                + "\"name\": \"" + release + "\", \"description\": \"d\", \"permissions\": {\"usageType\": \"openSource\","
                + " \"licenses\": [{\"name\": \"MIT\", \"URL\": \"https://spdx.org/licenses/MIT.html\"}]}, \"tags\": [\"t\"],"
                + " \"contact\": {\"email\": \"a@ca.gov\"}, \"laborHours\": 10, \"repositoryURL\": \"https://github.com/ca/" + release + "\"}]}\n";
    }

    @Test
    void writesTheSiteOfAFolderOfInventoriesAndSaysWhere() throws Exception {
        Path agencies = Files.createDirectories(dir.resolve("harvest").resolve("agencies"));
        Files.writeString(agencies.resolve("cdt.json"), inventory("CDT", "alpha"));
        Files.writeString(agencies.resolve("dmv.json"), inventory("DMV", "beta"));
        Path out = dir.resolve("site");

        Cli result = Cli.run("site", "--period", "2026-Q3", "--out", out.toString(), dir.resolve("harvest").toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.err).contains("2 agencies, 2 releases; wrote 8 files to " + out);
        assertThat(out.resolve("index.html")).content().contains("<a href=\"agencies/cdt.html\">CDT</a>", "2026-Q3");
        assertThat(out.resolve("releases/dmv-1-beta.html")).content().contains("<h1>beta</h1>",
                "<a href=\"https://github.com/ca/beta\">https://github.com/ca/beta</a>");
        assertThat(out.resolve("site.js")).isRegularFile();
    }

    @Test
    void publishesEachInventoryUnderItsNameInTheFolderGivenNotWhereItLiesOnThisMachine() throws Exception {
        Path agencies = Files.createDirectories(dir.resolve("harvest").resolve("agencies"));
        Files.writeString(agencies.resolve("cdt.json"), inventory("CDT", "alpha"));
        Path single = Files.writeString(dir.resolve("dmv-code.json"), inventory("DMV", "beta"));
        Path out = dir.resolve("site");

        Cli result = Cli.run("site", "--out", out.toString(), dir.resolve("harvest").toAbsolutePath().toString(),
                single.toAbsolutePath().toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(out.resolve("agencies/cdt.html")).content().contains("<code>agencies/cdt.json</code>");
        assertThat(out.resolve("agencies/dmv.html")).content().contains("<code>dmv-code.json</code>");
        try (Stream<Path> pages = Files.walk(out)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(page).content().doesNotContain(dir.toAbsolutePath().toString());
            }
        }
    }

    @Test
    void namesTheFileLineAndColumnOfABrokenInventoryAndWritesNothing() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", "alpha"));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"agency\": \"DMV\",\n  \"releases\": [}\n");
        Path out = dir.resolve("site");

        Cli result = Cli.run("site", "--out", out.toString(), good.toString(), broken.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(broken + ":2:").doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAPeriodThatIsNeitherAQuarterNorADate() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", "alpha"));

        Cli result = Cli.run("site", "--period", "Q3", "--out", dir.resolve("site").toString(), good.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("--period \"Q3\" is neither a quarter such as 2026-Q3 nor a date such as 2026-09-30");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void refusesADateThatIsNoDayOfTheCalendar() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", "alpha"));

        Cli refused = Cli.run("site", "--period", "2026-02-30", "--out", dir.resolve("site").toString(), good.toString());
        Cli leap = Cli.run("site", "--period", "2028-02-29", "--out", dir.resolve("leap").toString(), good.toString());

        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("--period \"2026-02-30\" is neither a quarter");
        assertThat(dir.resolve("site")).doesNotExist();
        assertThat(leap.exit).as(leap.err).isZero();
    }

    @Test
    void withoutAnOutputFolderSaysWhatIsMissing() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", "alpha"));

        Cli result = Cli.run("site", good.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void reportsAFolderWithoutInventories() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Cli result = Cli.run("site", "--out", dir.resolve("site").toString(), empty.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("no inventory in " + empty);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(empty);
        }
    }

    @Test
    void namesEveryBrokenInventoryOfAFolderAndWritesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("agencies"));
        Files.writeString(folder.resolve("a.json"), inventory("CDT", "alpha"));
        Path b = Files.writeString(folder.resolve("b.json"), "{\"agency\": \"DMV\",\n  \"releases\": [}\n");
        Path c = Files.writeString(folder.resolve("c.json"), "[");
        Path out = dir.resolve("site");

        Cli result = Cli.run("site", "--out", out.toString(), folder.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err.lines()).hasSize(2);
        assertThat(result.err).contains(b + ":2:", c + ":1:");
        assertThat(out).doesNotExist();
    }

    @Test
    void saysWhyAndWhatToDoWhenTheOutputFolderIsAFile() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", "alpha"));
        Path file = Files.writeString(dir.resolve("site"), "a file\n");

        Cli result = Cli.run("site", "--out", file.toString(), good.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: '" + file.toAbsolutePath() + "': it exists and is not a folder, where one is needed;"
                + " move it away or name another folder\n");
        assertThat(file).hasContent("a file\n");
    }

    @Test
    void refusesToWriteTheSiteIntoAFolderItReadsButNotIntoAFolderInsideIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inventories"));
        Files.writeString(folder.resolve("cdt.json"), inventory("CDT", "alpha"));
        Path same = folder.resolve("../inventories");

        Cli refused = Cli.run("site", "--out", same.toString(), folder.toString());
        Cli inside = Cli.run("site", "--out", folder.resolve("site").toString(), folder.toString());
        Cli again = Cli.run("site", "--out", folder.resolve("site").toString(), folder.toString());

        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).isEqualTo("codejson: --out '" + same + "' is the input folder '" + folder + "', where the next run would"
                + " read the site's own agencies folder instead of the inventories; write the site to another folder, such as '"
                + same.resolve("site") + "'; nothing was written\n");
        assertThat(inside.exit).as(inside.err).isZero();
        assertThat(again.exit).as(again.err).isZero();
        assertThat(again.err).contains("1 agency, 1 release");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(folder.resolve("cdt.json"), folder.resolve("site"));
        }
    }
}
