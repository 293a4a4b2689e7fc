package gov.ca.code.codejson.metrics;

import static gov.ca.code.codejson.metrics.MetricsReportTest.inventory;
import static gov.ca.code.codejson.metrics.MetricsReportTest.read;
import static gov.ca.code.codejson.metrics.MetricsReportTest.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What a coordinator sees on the metrics page. */
class MetricsPageTest {

    private static final String PREVIOUS = inventory(
            release("Portal", "https://github.com/ca/portal", "openSource", ""),
            release("Old Tool", "https://github.com/ca/old-tool", "openSource", ""),
            release("Case System", null, "exemptByAgencySystem", "\"exemptionText\": \"Internal.\"", "\"version\": \"1.0\""));
    private static final String CURRENT = inventory(
            release("Portal", "https://github.com/ca/portal", "openSource", ""),
            release("Old Tool", "https://github.com/ca/old-tool", "openSource", ""),
            release("Case System", null, "exemptByAgencySystem", "\"exemptionText\": \"Internal.\"", "\"version\": \"2.0\""),
            release("Shared Lib", "https://github.com/ca/lib", "governmentWideReuse", ""));

    @Test
    void theHeadlineCardsShowTheChangeInShareAndInHours() {
        String html = MetricsHtml.render(MetricsReport.of(read(CURRENT), read(PREVIOUS)));

        assertThat(html).contains("<div class=\"k\">Open source</div><div class=\"v\">50.0%</div>")
                .contains("−16.7 points since the previous; 2 releases (±0)")
                .contains("<div class=\"k\">Labor hours</div><div class=\"v\">40</div>")
                .contains("+10 hours since the previous; median 10");
    }

    @Test
    void aFieldThatAppliesToNoReleaseIsNotApplicableRatherThanZero() {
        MetricsReport report = MetricsReport.of(read(inventory(release("Portal", "https://github.com/ca/portal", "openSource", ""))));

        assertThat(MetricsHtml.render(report)).contains("<tr><td><code>permissions.exemptionText</code></td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td><td class=\"n\">n/a</td></tr>").contains("permissions.exemptionText: n/a</title>");
        assertThat(MetricsMarkdown.render(report)).contains("| permissions.exemptionText | 0 | 0 | n/a |");
    }

    @Test
    void theChangesSectionNamesReleasesAndTheirOfficeNotInternalKeys() {
        MetricsReport report = MetricsReport.of(read(CURRENT), read(PREVIOUS));

        assertThat(MetricsHtml.render(report)).contains("Case System (Office of Digital Innovation): /version")
                .contains("Shared Lib (Office of Digital Innovation) [github.com/ca/lib]").doesNotContain("[name:");
        assertThat(MetricsMarkdown.render(report)).doesNotContain("[name:");
        assertThat(DiffText.render(report.diff().orElseThrow())).contains("~ Case System (Office of Digital Innovation)")
                .noneMatch(line -> line.contains("name:"));
    }

    @Test
    void valueLabelsSitRightAfterTheirOwnBarsEvenWhenLastQuarterWasLonger() {
        String before = inventory(release("A", "https://github.com/ca/a", "openSource", ""), release("B", "https://github.com/ca/b", "openSource", ""),
                release("C", "https://github.com/ca/c", "openSource", ""), release("D", "https://github.com/ca/d", "openSource", ""));
        String now = inventory(release("A", "https://github.com/ca/a", "openSource", ""),
                release("E", "https://github.com/ca/e", "governmentWideReuse", ""));
        String html = MetricsHtml.render(MetricsReport.of(read(now), read(before)));

        Matcher bar = Pattern.compile("<rect x=\"(\\d+)\" y=\"\\d+\" width=\"(\\d+)\" height=\"\\d+\" fill=\"#005ea2\"/>(?:<line[^>]*/>)?"
                + "<text x=\"(\\d+)\"[^>]*>([^<]*)</text>").matcher(html);
        int bars = 0;
        while (bar.find()) {
            int end = Integer.parseInt(bar.group(1)) + Math.max(Integer.parseInt(bar.group(2)), 2);
            assertThat(Integer.parseInt(bar.group(3))).as("label %s", bar.group(4)).isEqualTo(end + 6);
            bars++;
        }
        assertThat(bars).isGreaterThanOrEqualTo(2);
        assertThat(html).contains(">1 (−3)</text>");
    }
}
