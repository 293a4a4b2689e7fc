package gov.ca.code.codejson.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import gov.ca.code.codejson.report.OutputText;
import gov.ca.code.codejson.report.TerminalText;

/** The metrics as a Markdown page (GitHub-flavoured tables), for a pull request or a wiki. */
public final class MetricsMarkdown {

    /** How many of the lowest-scoring releases are listed. */
    static final int LOWEST = 20;

    private MetricsMarkdown() {
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the Markdown text
     */
    public static String render(MetricsReport report) {
        InventoryMetrics now = report.current();
        Optional<InventoryMetrics> before = report.previous();
        boolean compare = before.isPresent();
        StringBuilder out = new StringBuilder();
        out.append("# code.json metrics").append(now.agency().isEmpty() ? "" : " — " + OutputText.markdown(now.agency())).append("\n\n");
        out.append(compare ? "| Figure | Now | Previous | Change |\n|---|---:|---:|---:|\n" : "| Figure | Value |\n|---|---:|\n");
        figure(out, "Releases", Long.toString(now.releases()), before.map(p -> Long.toString(p.releases())),
                before.map(p -> signed(now.releases() - p.releases())));
        figure(out, "Open source", now.openSource() + " (" + MetricsMath.percent(now.openSourceShare()) + ")",
                before.map(p -> p.openSource() + " (" + MetricsMath.percent(p.openSourceShare()) + ")"),
                before.map(p -> signed(now.openSource() - p.openSource())));
        figure(out, "Labor hours, total", now.laborHours().total().toPlainString(),
                before.map(p -> p.laborHours().total().toPlainString()),
                before.map(p -> signed(MetricsMath.plain(now.laborHours().total().subtract(p.laborHours().total())).toPlainString())));
        figure(out, "Labor hours, median", now.laborHours().median().toPlainString(),
                before.map(p -> p.laborHours().median().toPlainString()),
                before.map(p -> signed(MetricsMath.plain(now.laborHours().median().subtract(p.laborHours().median())).toPlainString())));
        figure(out, "Data-quality score, mean (0–10)", now.releases() > 0 ? now.scoreSummary().mean().toPlainString() : "n/a",
                before.map(p -> p.scoreSummary().mean().toPlainString()),
                before.map(p -> signed(now.scoreSummary().mean().subtract(p.scoreSummary().mean()).toPlainString())));
        out.append('\n');

        for (CountTable table : report.tables()) {
            if (table.rows().isEmpty()) {
                continue;
            }
            out.append("## ").append(table.title()).append("\n\n");
            out.append(compare ? "| Value | Releases | Previous | Change |\n|---|---:|---:|---:|\n" : "| Value | Releases |\n|---|---:|\n");
            for (CountRow row : table.rows()) {
                out.append("| ").append(OutputText.markdown(row.key())).append(" | ").append(row.count());
                if (compare) {
                    out.append(" | ").append(row.previous()).append(" | ").append(signed(row.delta()));
                }
                out.append(" |\n");
            }
            out.append('\n');
        }

        out.append("## Field completeness\n\n| Field | Filled | Of | Share |\n|---|---:|---:|---:|\n");
        for (FieldCompleteness c : now.completeness()) {
            out.append("| ").append(c.field()).append(" | ").append(c.filled()).append(" | ").append(c.applicable())
                    .append(" | ").append(c.applicable() == 0 ? "n/a" : MetricsMath.percent(c.share())).append(" |\n");
        }
        out.append('\n');

        List<ScoredRelease> lowest = lowest(now);
        if (!lowest.isEmpty()) {
            out.append("## Lowest data-quality scores\n\n| Release | Organization | Score | Fields that lost most points |\n|---|---|---:|---|\n");
            for (ScoredRelease r : lowest) {
                out.append("| ").append(OutputText.markdown(r.name().isEmpty() ? r.key() : r.name())).append(" | ").append(OutputText.markdown(r.organization()))
                        .append(" | ").append(r.score().score().toPlainString()).append(" | ")
                        .append(lostSummary(r.score())).append(" |\n");
            }
            out.append('\n');
        }

        report.diff().ifPresent(d -> {
            out.append("## Changes since the previous inventory\n\n");
            out.append(d.added().size()).append(" added, ").append(d.removed().size()).append(" removed, ")
                    .append(d.changed().size()).append(" changed.\n\n");
            for (ReleaseRef r : d.added()) {
                out.append("- added: ").append(OutputText.markdown(label(r))).append('\n');
            }
            for (ReleaseRef r : d.removed()) {
                out.append("- removed: ").append(OutputText.markdown(label(r))).append('\n');
            }
            for (ReleaseChange c : d.changed()) {
                out.append("- changed: ").append(OutputText.markdown(label(c.release()))).append(" (")
                        .append(String.join(", ", c.changes().stream().map(FieldChange::pointer).toList())).append(")\n");
            }
            out.append('\n');
        });
        out.append("Score: the code.gov data-quality weights (").append(QualityScore.MAX_POINTS)
                .append(" points) scaled to 0–10; see docs/coordinator.md.\n");
        return TerminalText.escapeLines(out.toString());
    }

    static List<ScoredRelease> lowest(InventoryMetrics metrics) {
        return metrics.scores().stream()
                .sorted(Comparator.comparing((ScoredRelease r) -> r.score().score()).thenComparing(ScoredRelease::key))
                .limit(LOWEST)
                .toList();
    }

    /** The fields that lost most points first, at most eight, then how many more. */
    static String lostSummary(ReleaseScore score) {
        List<FieldScore> lost = score.fields().stream().filter(FieldScore::lost)
                .sorted(Comparator.comparing((FieldScore f) -> f.points().subtract(java.math.BigDecimal.valueOf(f.max()))))
                .toList();
        String shown = String.join(", ", lost.stream().limit(8).map(FieldScore::field).toList());
        return lost.size() > 8 ? shown + " and " + (lost.size() - 8) + " more" : shown;
    }

    static String label(ReleaseRef r) {
        String name = r.name().isEmpty() ? "(unnamed release)" : r.name();
        String named = r.organization().isEmpty() ? name : name + " (" + r.organization() + ")";
        // A repository address tells people which release it is; a name key only repeats the name
        // and organization in the form codejson compares them, so only its occurrence number is kept.
        if (r.key().startsWith("name:")) {
            int hash = r.key().lastIndexOf(" #");
            return hash < 0 ? named : named + r.key().substring(hash);
        }
        return named + " [" + r.key() + "]";
    }

    private static void figure(StringBuilder out, String label, String now, Optional<String> previous, Optional<String> delta) {
        out.append("| ").append(label).append(" | ").append(now);
        if (previous.isPresent()) {
            out.append(" | ").append(previous.get()).append(" | ").append(delta.orElse(""));
        }
        out.append(" |\n");
    }

    private static String signed(long delta) {
        return delta > 0 ? "+" + delta : Long.toString(delta);
    }

    private static String signed(String delta) {
        return delta.startsWith("-") || delta.equals("0") || delta.matches("0\\.0+") ? delta : "+" + delta;
    }
}
