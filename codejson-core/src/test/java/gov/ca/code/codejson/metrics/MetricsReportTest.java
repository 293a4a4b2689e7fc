package gov.ca.code.codejson.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

class MetricsReportTest {

    private static final String PREVIOUS = inventory(
            release("Portal", "https://github.com/ca/portal", "openSource", "\"version\": \"1.0\""),
            release("Old Tool", "https://github.com/ca/old-tool", "openSource", ""),
            release("Case System", null, "exemptByAgencySystem", "\"exemptionText\": \"Internal.\""));
    private static final String CURRENT = inventory(
            release("Portal", "https://github.com/ca/portal.git", "openSource", "\"version\": \"2.0\""),
            release("Case System", null, "exemptByAgencySystem", "\"exemptionText\": \"Internal.\""),
            release("New App", "https://github.com/ca/new-app", "openSource", ""),
            release("Shared Lib", "https://github.com/ca/lib", "governmentWideReuse", ""));

    @TempDir
    Path dir;

    @Test
    void countsTheDeltaOfEveryCountAgainstThePreviousInventory() {
        MetricsReport report = MetricsReport.of(read(CURRENT), read(PREVIOUS));

        CountTable usage = table(report, "usageTypes");
        assertThat(row(usage, "openSource")).isEqualTo(new CountRow("openSource", 2, 2));
        assertThat(row(usage, "governmentWideReuse").delta()).isEqualTo(1);
        assertThat(row(usage, "exemptByAgencySystem").delta()).isZero();
        assertThat(report.current().releases()).isEqualTo(4);
        assertThat(report.previous()).hasValueSatisfying(p -> assertThat(p.releases()).isEqualTo(3));
    }

    @Test
    void keepsKeysFoundOnlyInThePreviousInventoryWithACountOfZero() {
        MetricsReport report = MetricsReport.of(read(inventory(release("A", "https://github.com/ca/a", "openSource", "\"organization\": \"New Office\""))),
                read(inventory(release("A", "https://github.com/ca/a", "openSource", "\"organization\": \"Old Office\""))));

        assertThat(table(report, "organizations").rows()).containsExactly(
                new CountRow("New Office", 1, 0), new CountRow("Old Office", 0, 1));
    }

    @Test
    void listsReleasesAddedRemovedAndChangedByIdentity() {
        InventoryDiff diff = InventoryDiff.of(read(PREVIOUS), read(CURRENT));

        assertThat(diff.added()).extracting(ReleaseRef::name).containsExactly("Shared Lib", "New App");
        assertThat(diff.removed()).extracting(ReleaseRef::name).containsExactly("Old Tool");
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.release().name()).isEqualTo("Portal");
            assertThat(c.changes()).extracting(FieldChange::pointer).containsExactly("/version", "/repositoryURL");
            assertThat(new JsonWriter().write(c.changes().get(0).before().orElseThrow())).contains("\"1.0\"");
        });
        assertThat(DiffText.render(diff)).contains("- Old Tool (Office of Digital Innovation) [github.com/ca/old-tool]",
                "    /version: \"1.0\" -> \"2.0\"", "2 added, 1 removed, 1 changed");
    }

    @Test
    void findsNoDifferenceBetweenAnInventoryAndItself() {
        assertThat(InventoryDiff.of(read(CURRENT), read(CURRENT)).isEmpty()).isTrue();
    }

    @Test
    void rendersTheStableJsonFormatWithPreviousAndDeltaOnlyWhenCompared() {
        String alone = new JsonWriter().write(MetricsJson.render(MetricsReport.of(read(CURRENT))));
        String compared = new JsonWriter().write(MetricsJson.render(MetricsReport.of(read(CURRENT), read(PREVIOUS))));

        assertThat(alone).contains("\"format\": \"codejson-metrics/1\"", "\"comparedWithPrevious\": false", "\"share\": 0.5000")
                .doesNotContain("\"previous\"", "\"changes\"");
        assertThat(compared).contains("\"comparedWithPrevious\": true", "\"previous\": 3", "\"delta\": 1", "\"changes\"");
        JsonValue.JsonObject root = (JsonValue.JsonObject) MetricsJson.render(MetricsReport.of(read(CURRENT), read(PREVIOUS)));
        assertThat(root.names()).containsExactly("format", "agency", "spdxLicenseListVersion", "comparedWithPrevious", "releases",
                "openSource", "laborHours", "score", "counts", "completeness", "releaseScores", "changes");
    }

    @Test
    void writesNewFilesWithTheModeAnyNewFileGets() throws Exception {
        Path plain = Files.write(dir.resolve("plain.txt"), new byte[0]);
        List<Path> written = MetricsFiles.write(MetricsReport.of(read(CURRENT), read(PREVIOUS)), dir.resolve("new"));

        for (Path file : written) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                    .isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void writingTheSameReportAgainLeavesTheFilesAndTheirTimesAsTheyWereButAChangeRewritesThem() throws Exception {
        Path folder = dir.resolve("kept");
        List<Path> written = MetricsFiles.write(MetricsReport.of(read(CURRENT), read(PREVIOUS)), folder);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(946_684_800_000L);
        for (Path file : written) {
            Files.setLastModifiedTime(file, old);
        }

        MetricsFiles.write(MetricsReport.of(read(CURRENT), read(PREVIOUS)), folder);
        assertThat(written).allSatisfy(file -> assertThat(Files.getLastModifiedTime(file)).isEqualTo(old));

        MetricsFiles.write(MetricsReport.of(read(CURRENT)), folder);
        assertThat(Files.getLastModifiedTime(written.get(0))).isNotEqualTo(old);
    }

    @Test
    void writesEveryFormatAndTheSameBytesTwice() throws Exception {
        MetricsReport report = MetricsReport.of(read(CURRENT), read(PREVIOUS));
        List<Path> first = MetricsFiles.write(report, dir.resolve("a"));
        MetricsFiles.write(MetricsReport.of(read(CURRENT), read(PREVIOUS)), dir.resolve("b"));

        assertThat(first).extracting(p -> p.getFileName().toString())
                .containsExactly("metrics.json", "metrics.csv", "releases.csv", "metrics.md", "metrics.html");
        for (Path file : first) {
            assertThat(Files.readAllBytes(file)).as(file.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file.getFileName())));
        }
    }

    @Test
    void writesCsvThatSpreadsheetsReadSafely() {
        String csv = MetricsCsv.summary(MetricsReport.of(read(inventory(
                release("A, \"quoted\"", "https://github.com/ca/a", "openSource", "\"organization\": \"=HYPERLINK(1)\"")))));

        assertThat(csv.lines().findFirst()).contains("section,key,value,previous,delta");
        assertThat(csv).contains("organizations,'=HYPERLINK(1),1,,").contains("summary,releases,1,,");
        assertThat(MetricsCsv.releases(MetricsReport.of(read(inventory(
                release("A, \"quoted\"", "https://github.com/ca/a", "openSource", "")))))).contains("\"A, \"\"quoted\"\"\"");
    }

    @Test
    void rendersAnHtmlPageThatLoadsNothingFromElsewhere() {
        String html = MetricsHtml.render(MetricsReport.of(read(CURRENT), read(PREVIOUS)));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Releases by usage type", "Field completeness");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<link", "@import", "url(", "src=", "@font-face");
        Matcher links = Pattern.compile("(?i)(?:href|src)\\s*=").matcher(html);
        assertThat(links.find()).isFalse();
        Matcher addresses = Pattern.compile("https?://[^\"'<\\s]+").matcher(html);
        while (addresses.find()) {
            assertThat(addresses.group()).isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    @Test
    void escapesReleaseTextInHtmlAndMarkdown() {
        MetricsReport report = MetricsReport.of(read(inventory(
                release("<img onerror=x>", "https://github.com/ca/x", "openSource", "\"organization\": \"A | B <b>\"", "\"laborHours\": 0"))));

        assertThat(MetricsHtml.render(report)).doesNotContain("<img", "<b>").contains("&lt;img onerror=x&gt;");
        assertThat(MetricsMarkdown.render(report)).contains("A \\| B &lt;b&gt;").doesNotContain("<img");
    }

    @Test
    void rendersMarkdownWithOneTablePerCount() {
        String md = MetricsMarkdown.render(MetricsReport.of(read(CURRENT), read(PREVIOUS)));

        assertThat(md).contains("## Releases by usage type", "| openSource | 2 | 2 | 0 |", "| governmentWideReuse | 1 | 0 | +1 |",
                "2 added, 1 removed, 1 changed.");
        assertThat(md.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }

    private static CountTable table(MetricsReport report, String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static CountRow row(CountTable table, String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    static String release(String name, String url, String usageType, String... extra) {
        StringBuilder b = new StringBuilder("{\"name\": \"").append(name.replace("\"", "\\\"")).append("\"");
        b.append(", \"organization\": \"Office of Digital Innovation\", \"description\": \"A release.\"");
        b.append(", \"permissions\": {\"licenses\": [{\"name\": \"MIT\"}], \"usageType\": \"").append(usageType).append("\"}");
        b.append(", \"tags\": [\"a\"], \"contact\": {\"email\": \"a@example.gov\"}, \"laborHours\": 10");
        if (url != null) {
            b.append(", \"repositoryURL\": \"").append(url).append("\"");
        }
        for (String e : extra) {
            if (e.isEmpty()) {
                continue;
            }
            String key = e.substring(0, e.indexOf(':'));
            int at = b.indexOf(", " + key + ":");
            if (at >= 0) {
                int end = b.indexOf(", \"", at + 2);
                b.delete(at, end < 0 ? b.length() : end);
            }
            if (key.equals("\"exemptionText\"")) {
                b.insert(b.indexOf("\"}") + 1, ", " + e);
            } else {
                b.append(", ").append(e);
            }
        }
        return b.append("}").toString();
    }

    static String inventory(String... releases) {
        return "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\": {\"method\": \"projects\"}, \"releases\": ["
                + String.join(", ", releases) + "]}";
    }

    static Inventory read(String json) {
        try {
            return new CodeJson().read(json, "test.json").root(Inventory.class);
        } catch (JsonReadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
