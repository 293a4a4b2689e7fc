package gov.ca.code.codejson.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.report.OutputText;
import gov.ca.code.codejson.report.TerminalText;

/**
 * The statewide table as JSON ({@value #FORMAT}), CSV, Markdown and one self-contained HTML page.
 * The period label is the only date any of them holds, and only when one was given.
 */
public final class StatewideReport {

    /** RFC 4180: quoted where needed, records ending in CRLF. */
    private static final CSVFormat CSV = CSVFormat.RFC4180;

    /** The format identifier of the JSON output. */
    public static final String FORMAT = "codejson-statewide-metrics/1";

    private StatewideReport() {
    }

    /**
     * The JSON output.
     *
     * @param m the table
     * @return the document
     */
    public static JsonValue json(StatewideMetrics m) {
        List<JsonValue> rows = new ArrayList<>();
        for (StatewideMetrics.Row r : m.agencies()) {
            rows.add(row(r));
        }
        return JsonBuilder.object().put("format", FORMAT)
                .put("period", m.period().isEmpty() ? JsonBuilder.nul() : JsonBuilder.strings(List.of(m.period())).elements().get(0))
                .put("comparedWithPrevious", m.compared()).put("agencies", JsonBuilder.array(rows)).put("statewide", row(m.total())).build();
    }

    private static JsonValue row(StatewideMetrics.Row r) {
        JsonBuilder exempt = JsonBuilder.object();
        for (int i = 0; i < StatewideMetrics.EXEMPTIONS.size(); i++) {
            exempt.put(StatewideMetrics.EXEMPTIONS.get(i), JsonBuilder.object().put("count", r.exempt().get(i))
                    .put("share", r.exemptShares().get(i)));
        }
        JsonBuilder b = JsonBuilder.object().put("agency", r.agency()).put("releases", r.releases())
                .put("openSource", JsonBuilder.object().put("count", r.openSource()).put("share", r.openSourceShare()))
                .put("exempt", exempt).put("medianScore", r.medianScore()).put("laborHours", r.laborHours());
        b.put("change", r.before().map(p -> (JsonValue) JsonBuilder.object().put("releases", r.releases() - p.releases())
                .put("openSourceShare", r.openSourceShare().subtract(p.openSourceShare()))
                .put("medianScore", r.medianScore().subtract(p.medianScore()))
                .put("laborHours", r.laborHours().subtract(p.laborHours())).build()).orElse(JsonBuilder.nul()));
        return b.build();
    }

    /**
     * The CSV output: a header, one line per agency, the statewide line last.
     *
     * @param m the table
     * @return the text, lines ending in CRLF as RFC 4180 has them
     */
    public static String csv(StatewideMetrics m) {
        List<String> header = new ArrayList<>(List.of("period", "agency", "releases", "openSource", "openSourceShare"));
        for (String e : StatewideMetrics.EXEMPTIONS) {
            header.add(e + "Share");
        }
        header.addAll(List.of("medianScore", "laborHours", "releasesChange", "openSourceShareChange", "laborHoursChange"));
        StringBuilder out = new StringBuilder();
        line(out, header);
        List<StatewideMetrics.Row> all = new ArrayList<>(m.agencies());
        all.add(m.total());
        for (StatewideMetrics.Row r : all) {
            List<String> cells = new ArrayList<>(List.of(m.period(), r.agency(), Long.toString(r.releases()), Long.toString(r.openSource()),
                    r.openSourceShare().toPlainString()));
            r.exemptShares().forEach(s -> cells.add(s.toPlainString()));
            cells.add(r.medianScore().toPlainString());
            cells.add(r.laborHours().toPlainString());
            cells.add(r.before().map(p -> Long.toString(r.releases() - p.releases())).orElse(""));
            cells.add(r.before().map(p -> r.openSourceShare().subtract(p.openSourceShare()).toPlainString()).orElse(""));
            cells.add(r.before().map(p -> r.laborHours().subtract(p.laborHours()).toPlainString()).orElse(""));
            line(out, cells);
        }
        return TerminalText.escapeLines(out.toString());
    }

    private static void line(StringBuilder out, List<String> cells) {
        try {
            CSV.printRecord(out, cells.stream().map(OutputText::csvCell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Markdown output.
     *
     * @param m the table
     * @return the page
     */
    public static String markdown(StatewideMetrics m) {
        StringBuilder out = new StringBuilder("# ").append(OutputText.markdown(title(m))).append("\n\n");
        out.append("| Agency | Releases | Open source | Exempt | Median score | Labor hours |")
                .append(m.compared() ? " Change since last quarter |" : "").append("\n|---|---:|---:|---|---:|---:|")
                .append(m.compared() ? "---|" : "").append('\n');
        List<StatewideMetrics.Row> all = new ArrayList<>(m.agencies());
        all.add(m.total());
        for (StatewideMetrics.Row r : all) {
            boolean total = r == m.total();
            String name = total ? "**" + OutputText.markdown(r.agency()) + "**" : OutputText.markdown(r.agency());
            out.append("| ").append(name).append(" | ").append(r.releases()).append(" | ").append(StatewideMetrics.percent(r.openSourceShare()))
                    .append(" | ").append(OutputText.markdown(exempt(r))).append(" | ").append(score(r)).append(" | ")
                    .append(hours(r.laborHours())).append(" |");
            if (m.compared()) {
                out.append(' ').append(OutputText.markdown(change(r))).append(" |");
            }
            out.append('\n');
        }
        return TerminalText.escapeLines(out.toString());
    }

    /**
     * The HTML page: no script, no style sheet or font from anywhere.
     *
     * @param m the table
     * @return the page
     */
    public static String html(StatewideMetrics m) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(Html.text(title(m)))
                .append("</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;background:#fff}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}tfoot{font-weight:bold}.wrap{overflow-x:auto}\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(Html.text(title(m))).append("</h1>\n");
        StatewideMetrics.Row t = m.total();
        h.append("<p>").append(m.agencies().size()).append(" agencies, ").append(t.releases()).append(" releases, ")
                .append(StatewideMetrics.percent(t.openSourceShare())).append(" open source")
                .append(t.before().map(p -> " (" + points(t.openSourceShare().subtract(p.openSourceShare())) + " since last quarter)").orElse(""))
                .append(", ").append(hours(t.laborHours())).append(" labor hours")
                .append(t.before().map(p -> " (" + signed(t.laborHours().subtract(p.laborHours())) + ")").orElse("")).append(".</p>\n");
        h.append("<div class=\"wrap\"><table>\n<caption>Participation by agency</caption>\n<thead><tr><th scope=\"col\">Agency</th>")
                .append("<th scope=\"col\">Releases</th><th scope=\"col\">Open source</th><th scope=\"col\">Exempt by reason</th>")
                .append("<th scope=\"col\">Median score</th><th scope=\"col\">Labor hours</th>")
                .append(m.compared() ? "<th scope=\"col\">Change since last quarter</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (StatewideMetrics.Row r : m.agencies()) {
            htmlRow(h, r, m.compared());
        }
        h.append("</tbody>\n<tfoot>\n");
        htmlRow(h, t, m.compared());
        h.append("</tfoot>\n</table></div>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** {@return the median score as a page shows it: "n/a" for a row without releases, whose 0 is no score} */
    private static String score(StatewideMetrics.Row r) {
        return r.releases() == 0 ? "n/a" : r.medianScore().toPlainString();
    }

    private static void htmlRow(StringBuilder h, StatewideMetrics.Row r, boolean compared) {
        h.append("<tr><th scope=\"row\">").append(Html.text(r.agency())).append("</th><td class=\"n\">").append(r.releases())
                .append("</td><td class=\"n\">").append(StatewideMetrics.percent(r.openSourceShare())).append("</td><td>")
                .append(Html.text(exempt(r))).append("</td><td class=\"n\">").append(score(r))
                .append("</td><td class=\"n\">").append(hours(r.laborHours())).append("</td>");
        if (compared) {
            h.append("<td>").append(Html.text(change(r))).append("</td>");
        }
        h.append("</tr>\n");
    }

    static String title(StatewideMetrics m) {
        return "Statewide participation" + (m.period().isEmpty() ? "" : " — " + m.period());
    }

    private static String exempt(StatewideMetrics.Row r) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < StatewideMetrics.EXEMPTIONS.size(); i++) {
            if (r.exempt().get(i) > 0) {
                parts.add(StatewideMetrics.EXEMPTIONS.get(i) + " " + StatewideMetrics.percent(r.exemptShares().get(i)));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String change(StatewideMetrics.Row r) {
        return r.before().map(p -> p.releases() == 0 && p.laborHours().signum() == 0 ? "new this quarter"
                : signed(BigDecimal.valueOf(r.releases() - p.releases())) + " releases, "
                        + points(r.openSourceShare().subtract(p.openSourceShare())) + " open source, "
                        + signed(r.laborHours().subtract(p.laborHours())) + " hours").orElse("");
    }

    private static String points(BigDecimal share) {
        return signed(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " points";
    }

    private static String signed(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return value.signum() > 0 ? "+" + plain : value.signum() == 0 ? "\u00b10" : "\u2212" + plain.substring(1);
    }

    private static String hours(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
