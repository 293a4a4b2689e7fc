package gov.ca.code.codejson.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;

import gov.ca.code.codejson.report.OutputText;
import gov.ca.code.codejson.report.TerminalText;

/**
 * The metrics as CSV (RFC 4180, comma-separated, {@code \n} line ends, a header row): one
 * long table of every figure, and one table of every release with its score.
 */
public final class MetricsCsv {

    /** RFC 4180 with {@code \n} line ends, so that the files are the same on every platform. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private MetricsCsv() {
    }

    /**
     * Renders every figure as a row {@code section,key,value,previous,delta}; {@code previous}
     * and {@code delta} are empty without a previous inventory. Sections: {@code summary}, the
     * count tables by their ids, and {@code completeness} (value = share of releases, four decimals).
     *
     * @param report the report
     * @return the CSV text
     */
    public static String summary(MetricsReport report) {
        InventoryMetrics now = report.current();
        Optional<InventoryMetrics> before = report.previous();
        StringBuilder out = new StringBuilder("section,key,value,previous,delta\n");
        scalar(out, "releases", BigDecimal.valueOf(now.releases()), before.map(p -> BigDecimal.valueOf(p.releases())));
        scalar(out, "openSource", BigDecimal.valueOf(now.openSource()), before.map(p -> BigDecimal.valueOf(p.openSource())));
        scalar(out, "openSourceShare", now.openSourceShare(), before.map(InventoryMetrics::openSourceShare));
        scalar(out, "laborHoursTotal", now.laborHours().total(), before.map(p -> p.laborHours().total()));
        scalar(out, "laborHoursMedian", now.laborHours().median(), before.map(p -> p.laborHours().median()));
        scalar(out, "scoreMean", now.scoreSummary().mean(), before.map(p -> p.scoreSummary().mean()));
        scalar(out, "scoreMedian", now.scoreSummary().median(), before.map(p -> p.scoreSummary().median()));
        for (CountTable table : report.tables()) {
            for (CountRow row : table.rows()) {
                row(out, table.id(), row.key(), Long.toString(row.count()),
                        before.isPresent() ? Long.toString(row.previous()) : "",
                        before.isPresent() ? Long.toString(row.delta()) : "");
            }
        }
        for (int i = 0; i < now.completeness().size(); i++) {
            FieldCompleteness c = now.completeness().get(i);
            Optional<BigDecimal> previous = before.map(p -> p.completeness().stream()
                    .filter(f -> f.field().equals(c.field())).findFirst().orElseThrow().share());
            row(out, "completeness", c.field(), c.share().toPlainString(),
                    previous.map(BigDecimal::toPlainString).orElse(""),
                    previous.map(p -> c.share().subtract(p).toPlainString()).orElse(""));
        }
        return TerminalText.escapeLines(out.toString());
    }

    /**
     * Renders every release with its score: {@code key,name,organization,usageType,score,points,lostFields},
     * the lost fields separated by spaces, releases in inventory order.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String releases(MetricsReport report) {
        StringBuilder out = new StringBuilder("key,name,organization,usageType,score,points,lostFields\n");
        for (ScoredRelease r : report.current().scores()) {
            row(out, r.key(), r.name(), r.organization(), r.usageType(), r.score().score().toPlainString(),
                    r.score().points().toPlainString(), String.join(" ", r.score().lostFields()));
        }
        return TerminalText.escapeLines(out.toString());
    }

    private static void scalar(StringBuilder out, String key, BigDecimal value, Optional<BigDecimal> previous) {
        row(out, "summary", key, MetricsMath.plain(value).toPlainString(),
                previous.map(p -> MetricsMath.plain(p).toPlainString()).orElse(""),
                previous.map(p -> MetricsMath.plain(value.subtract(p)).toPlainString()).orElse(""));
    }

    private static void row(StringBuilder out, String... cells) {
        try {
            FORMAT.printRecord(out, (Object[]) neutralised(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] neutralised(String... cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = OutputText.csvCell(cells[i]);
        }
        return out;
    }
}
