package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import gov.ca.code.codejson.report.OutputText;
import gov.ca.code.codejson.license.SpdxLicenses;
import gov.ca.code.codejson.text.Counts;

/**
 * The metrics as one self-contained HTML page, ready to publish: inline CSS, charts drawn as
 * inline SVG, no script, font, style sheet or image loaded from anywhere. Every chart is
 * followed by the table of its figures, so the page reads without the charts too.
 */
public final class MetricsHtml {

    /** Rows shown per bar chart; the rest are summed into one "other" row. */
    static final int CHART_ROWS = 15;

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_WIDTH = 400;
    private static final int ROW_HEIGHT = 24;

    private MetricsHtml() {
    }

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the HTML page
     */
    public static String render(MetricsReport report) {
        InventoryMetrics now = report.current();
        Optional<InventoryMetrics> before = report.previous();
        String title = "code.json metrics" + (now.agency().isEmpty() ? "" : " — " + now.agency());
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(OutputText.html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(OutputText.html(title)).append("</h1>\n")
                .append("<p class=\"sub\">").append(group(now.releases())).append(" ").append(Counts.noun(now.releases(), "release"))
                .append(before.isPresent() ? ", compared with the previous inventory (" + group(before.get().releases()) + " "
                        + Counts.noun(before.get().releases(), "release") + ")" : "")
                .append(".</p>\n");

        out.append("<div class=\"cards\">\n");
        card(out, "Releases", group(now.releases()), before.map(p -> delta(now.releases() - p.releases())));
        // The cards lead with the change of the figure they show: a share that fell is news even
        // when the count of open-source releases stayed the same.
        card(out, "Open source", MetricsMath.percent(now.openSourceShare()),
                Optional.of(before.map(p -> points(now.openSourceShare().subtract(p.openSourceShare())) + " since the previous; ").orElse("")
                        + group(now.openSource()) + " " + Counts.noun(now.openSource(), "release")
                        + before.map(p -> " (" + delta(now.openSource() - p.openSource()) + ")").orElse("")));
        card(out, "Labor hours", groupDecimal(now.laborHours().total()),
                Optional.of(before.map(p -> signedGrouped(now.laborHours().total().subtract(p.laborHours().total())) + " hours since the previous; ")
                        .orElse("") + "median " + groupDecimal(now.laborHours().median()) + " over " + group(now.laborHours().reported())
                        + " " + Counts.noun(now.laborHours().reported(), "release")));
        // Without releases the mean and median are zeros of no score at all.
        boolean scored = now.releases() > 0;
        card(out, "Data-quality score", scored ? now.scoreSummary().mean().toPlainString() + " / 10" : "n/a",
                Optional.of("median " + (scored ? now.scoreSummary().median().toPlainString() : "n/a")
                        + before.map(p -> ", mean " + signed(now.scoreSummary().mean().subtract(p.scoreSummary().mean()))).orElse("")));
        out.append("</div>\n");

        for (CountTable table : report.tables()) {
            if (table.id().equals("scoreHistogram") || table.id().equals("scoreBands")) {
                continue;
            }
            out.append("<section>\n<h2>").append(OutputText.html(table.title())).append("</h2>\n");
            if (table.rows().isEmpty()) {
                out.append("<p>None.</p>\n</section>\n");
                continue;
            }
            out.append(barChart(table, before.isPresent(), colour(table.id())));
            countTable(out, table, before.isPresent());
            out.append("</section>\n");
        }

        out.append("<section>\n<h2>Data-quality score</h2>\n<p>The code.gov weights (")
                .append(QualityScore.MAX_POINTS).append(" points) scaled to 0–10; bands as code.gov coloured them:")
                .append(" low under 4, medium 4 to under 6, high 6 and above.</p>\n");
        CountTable histogram = report.tables().stream().filter(t -> t.id().equals("scoreHistogram")).findFirst().orElseThrow();
        out.append(histogram(histogram));
        countTable(out, report.tables().stream().filter(t -> t.id().equals("scoreBands")).findFirst().orElseThrow(), before.isPresent());
        out.append("</section>\n");

        out.append("<section>\n<h2>Field completeness</h2>\n<p>Share of releases with a value that is not null, blank or empty")
                .append(" (for <code>permissions.exemptionText</code>: share of exempt releases).</p>\n");
        out.append(completenessChart(now.completeness()));
        out.append("<details><summary>Table</summary>\n<table>\n<thead><tr><th>Field</th><th class=\"n\">Filled</th><th class=\"n\">Of</th><th class=\"n\">Share</th></tr></thead>\n<tbody>\n");
        for (FieldCompleteness c : now.completeness()) {
            out.append("<tr><td><code>").append(OutputText.html(c.field())).append("</code></td><td class=\"n\">").append(group(c.filled()))
                    .append("</td><td class=\"n\">").append(group(c.applicable())).append("</td><td class=\"n\">")
                    .append(share(c)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n</section>\n");

        List<ScoredRelease> lowest = MetricsMarkdown.lowest(now);
        if (!lowest.isEmpty()) {
            out.append("<section>\n<h2>Lowest data-quality scores</h2>\n<table>\n<thead><tr><th>Release</th><th>Organization</th>")
                    .append("<th class=\"n\">Score</th><th>Fields that lost most points</th></tr></thead>\n<tbody>\n");
            for (ScoredRelease r : lowest) {
                out.append("<tr><td>").append(OutputText.html(r.name().isEmpty() ? r.key() : r.name())).append("</td><td>").append(OutputText.html(r.organization()))
                        .append("</td><td class=\"n\">").append(r.score().score().toPlainString()).append("</td><td class=\"small\">")
                        .append(OutputText.html(MetricsMarkdown.lostSummary(r.score()))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }

        report.diff().ifPresent(d -> {
            out.append("<section>\n<h2>Changes since the previous inventory</h2>\n<p>").append(group(d.added().size())).append(" added, ")
                    .append(group(d.removed().size())).append(" removed, ").append(group(d.changed().size())).append(" changed.</p>\n");
            changeList(out, "Added", d.added().stream().map(MetricsMarkdown::label).toList());
            changeList(out, "Removed", d.removed().stream().map(MetricsMarkdown::label).toList());
            changeList(out, "Changed", d.changed().stream().map(c -> MetricsMarkdown.label(c.release()) + ": "
                    + String.join(", ", c.changes().stream().map(FieldChange::pointer).toList())).toList());
            out.append("</section>\n");
        });

        out.append("<footer>Licenses resolved offline with the SPDX License List ")
                .append(OutputText.html(SpdxLicenses.bundled().listVersion())).append(". Metrics format ").append(MetricsJson.FORMAT)
                .append(".</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static final String STYLE = String.join("\n",
            "body{margin:0;color:#1b1b1b;background:#fff;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif;line-height:1.4}",
            "main{max-width:1040px;margin:0 auto;padding:24px 20px 48px}",
            "h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:0 0 8px;border-bottom:2px solid #dfe1e2;padding-bottom:4px}",
            ".sub{color:#555;margin:0 0 20px}",
            ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:12px}",
            ".card{border:1px solid #dfe1e2;border-left:6px solid #005ea2;border-radius:4px;padding:10px 14px}",
            ".card .k{font-size:14px;color:#555}.card .v{font-size:28px;font-weight:700}.card .d{font-size:13px;color:#555}",
            "section{margin-top:32px}",
            "table{border-collapse:collapse;margin-top:8px;min-width:50%}",
            "th,td{border-bottom:1px solid #dfe1e2;padding:3px 10px;text-align:left;vertical-align:top}",
            "th{background:#f0f0f0}.n{text-align:right;font-variant-numeric:tabular-nums}.small{font-size:13px}",
            "details{margin-top:6px}summary{cursor:pointer;color:#005ea2}",
            "svg{display:block;max-width:100%;height:auto}svg text{font-family:inherit}",
            "footer{margin-top:40px;color:#555;font-size:13px}",
            "ul.changes{columns:2;font-size:14px}",
            "@media print{details{display:block}details>*{display:block}}",
            "");

    private static void card(StringBuilder out, String label, String value, Optional<String> detail) {
        out.append("<div class=\"card\"><div class=\"k\">").append(OutputText.html(label)).append("</div><div class=\"v\">").append(OutputText.html(value))
                .append("</div>").append(detail.map(d -> "<div class=\"d\">" + OutputText.html(d) + "</div>").orElse("")).append("</div>\n");
    }

    private static void countTable(StringBuilder out, CountTable table, boolean compare) {
        out.append("<details><summary>Table</summary>\n<table>\n<thead><tr><th>Value</th><th class=\"n\">Releases</th>");
        if (compare) {
            out.append("<th class=\"n\">Previous</th><th class=\"n\">Change</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CountRow row : table.rows()) {
            out.append("<tr><td>").append(OutputText.html(row.key())).append("</td><td class=\"n\">").append(group(row.count())).append("</td>");
            if (compare) {
                out.append("<td class=\"n\">").append(group(row.previous())).append("</td><td class=\"n\">").append(delta(row.delta())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    private static void changeList(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append("</h3>\n<ul class=\"changes\">\n");
        for (String item : items) {
            out.append("<li>").append(OutputText.html(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** A horizontal bar chart: label, bar, count (and change); the previous count is a dark tick. */
    private static String barChart(CountTable table, boolean compare, String colour) {
        List<CountRow> rows = new ArrayList<>(table.rows().subList(0, Math.min(CHART_ROWS, table.rows().size())));
        if (table.rows().size() > CHART_ROWS) {
            List<CountRow> rest = table.rows().subList(CHART_ROWS, table.rows().size());
            rows.add(new CountRow("other (" + Counts.of(rest.size(), "value") + ")", rest.stream().mapToLong(CountRow::count).sum(),
                    rest.stream().mapToLong(CountRow::previous).sum()));
        }
        long max = Math.max(1, rows.stream().mapToLong(r -> Math.max(r.count(), compare ? r.previous() : 0)).max().orElse(1));
        int legend = compare ? 22 : 0;
        int height = rows.size() * ROW_HEIGHT + 8 + legend;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" aria-label=\"")
                .append(OutputText.html(table.title())).append("\">\n<title>").append(OutputText.html(table.title())).append("</title>\n");
        int y = 4;
        for (CountRow row : rows) {
            int w = (int) Math.round((double) row.count() * BAR_WIDTH / max);
            String label = row.key().length() > 36 ? row.key().substring(0, 35) + "…" : row.key();
            svg.append("<g><title>").append(OutputText.html(row.key())).append(": ").append(row.count()).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1b1b\">").append(OutputText.html(label)).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(w, row.count() > 0 ? 2 : 0))
                    .append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"").append(colour).append("\"/>");
            // The value sits right after its own bar; a previous-quarter marker further out is drawn
            // first, and the label's white halo keeps it readable across the marker.
            int textX = LABEL_WIDTH + Math.max(w, 2) + 6;
            if (compare) {
                int px = LABEL_WIDTH + (int) Math.round((double) row.previous() * BAR_WIDTH / max);
                svg.append("<line x1=\"").append(px).append("\" x2=\"").append(px).append("\" y1=\"").append(y + 1).append("\" y2=\"")
                        .append(y + ROW_HEIGHT - 1).append("\" stroke=\"#1b1b1b\" stroke-width=\"2\"/>");
            }
            svg.append("<text x=\"").append(textX).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" fill=\"#1b1b1b\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(group(row.count()))
                    .append(compare ? " (" + delta(row.delta()) + ")" : "").append("</text></g>\n");
            y += ROW_HEIGHT;
        }
        if (compare) {
            svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" x2=\"").append(LABEL_WIDTH).append("\" y1=\"").append(y + 6)
                    .append("\" y2=\"").append(y + 20).append("\" stroke=\"#1b1b1b\" stroke-width=\"2\"/><text x=\"").append(LABEL_WIDTH + 8)
                    .append("\" y=\"").append(y + 18).append("\" font-size=\"12\" fill=\"#555\">previous quarter; (change in brackets)</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Vertical bars per unit of score, coloured by band. */
    private static String histogram(CountTable table) {
        int height = 260;
        int top = 24;
        int base = height - 34;
        int left = 40;
        int slot = (WIDTH - left - 10) / Math.max(1, table.rows().size());
        long max = Math.max(1, table.rows().stream().mapToLong(CountRow::count).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-label=\"Releases by data-quality score\">\n<title>Releases by data-quality score</title>\n");
        svg.append("<line x1=\"").append(left).append("\" x2=\"").append(WIDTH - 10).append("\" y1=\"").append(base).append("\" y2=\"").append(base)
                .append("\" stroke=\"#1b1b1b\"/>\n");
        for (int i = 0; i < table.rows().size(); i++) {
            CountRow row = table.rows().get(i);
            int h = (int) Math.round((double) row.count() * (base - top) / max);
            int x = left + i * slot;
            String colour = i < 4 ? "#d83933" : i < 6 ? "#e66f0e" : "#008817";
            svg.append("<g><title>score ").append(OutputText.html(row.key())).append(": ").append(row.count()).append(" releases</title>")
                    .append("<rect x=\"").append(x + 6).append("\" y=\"").append(base - h).append("\" width=\"").append(slot - 12)
                    .append("\" height=\"").append(h).append("\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(x + slot / 2).append("\" y=\"").append(base - h - 6)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1b1b1b\">").append(group(row.count())).append("</text>")
                    .append("<text x=\"").append(x + slot / 2).append("\" y=\"").append(base + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#1b1b1b\">").append(OutputText.html(row.key().replace("-", "–"))).append("</text></g>\n");
        }
        svg.append("<text x=\"").append(left).append("\" y=\"").append(height - 2).append("\" font-size=\"12\" fill=\"#555\">score (0–10)</text>\n");
        return svg.append("</svg>\n").toString();
    }

    /** Horizontal bars from 0 to 100 % per field. */
    private static String completenessChart(List<FieldCompleteness> fields) {
        int height = fields.size() * ROW_HEIGHT + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-label=\"Field completeness\">\n<title>Field completeness</title>\n");
        int y = 4;
        for (FieldCompleteness f : fields) {
            int w = f.share().multiply(BigDecimal.valueOf(BAR_WIDTH)).intValue();
            String colour = f.share().compareTo(new BigDecimal("0.5")) < 0 ? "#d83933" : f.share().compareTo(new BigDecimal("0.9")) < 0 ? "#e66f0e" : "#008817";
            svg.append("<g><title>").append(OutputText.html(f.field())).append(": ").append(share(f)).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1b1b\">").append(OutputText.html(f.field())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR_WIDTH)
                    .append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"#f0f0f0\"/>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 8).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" fill=\"#1b1b1b\">").append(share(f)).append("</text></g>\n");
            y += ROW_HEIGHT;
        }
        svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 18).append("\" font-size=\"12\" fill=\"#555\">")
                .append("red under 50 %, orange under 90 %, green 90 % and above</text>\n");
        return svg.append("</svg>\n").toString();
    }

    private static String colour(String tableId) {
        switch (tableId) {
            case "usageTypes":
                return "#005ea2";
            case "statuses":
                return "#1a4480";
            case "organizations":
                return "#00687d";
            case "licenses":
                return "#5e519e";
            case "unresolvedLicenses":
                return "#8b0a03";
            default:
                return "#2e6276";
        }
    }

    private static String delta(long delta) {
        return delta > 0 ? "+" + group(delta) : delta < 0 ? "−" + group(-delta) : "±0";
    }

    /** {@return the completeness as a percentage, or "n/a" for a field that applies to no release} */
    private static String share(FieldCompleteness c) {
        return c.applicable() == 0 ? "n/a" : MetricsMath.percent(c.share());
    }

    /** {@return a change of share in percentage points, such as "−16.7 points"} */
    private static String points(BigDecimal deltaShare) {
        BigDecimal p = deltaShare.multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP);
        return signed(p) + " points";
    }

    private static String signedGrouped(BigDecimal delta) {
        return delta.signum() > 0 ? "+" + groupDecimal(delta) : delta.signum() < 0 ? "−" + groupDecimal(delta.negate()) : "±0";
    }

    private static String signed(BigDecimal delta) {
        return delta.signum() > 0 ? "+" + delta.toPlainString() : delta.signum() < 0 ? "−" + delta.negate().toPlainString() : "±0";
    }

    /** Digits grouped by thousands with commas, independent of the default locale. */
    static String group(long value) {
        return (value < 0 ? "-" : "") + groupDigits(Long.toString(Math.abs(value)));
    }

    /** A string of digits grouped by thousands, of any length: sums need not fit a {@code long}. */
    private static String groupDigits(String digits) {
        if (digits.startsWith("-")) {
            return "-" + groupDigits(digits.substring(1));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String groupDecimal(BigDecimal value) {
        BigDecimal plain = MetricsMath.plain(value.setScale(1, java.math.RoundingMode.HALF_UP));
        String text = plain.toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        return groupDigits(whole) + (dot < 0 ? "" : text.substring(dot));
    }
}
