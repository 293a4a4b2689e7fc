package gov.ca.code.codejson.harvest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;

/**
 * The per-agency status report of a harvest, as JSON ({@value #FORMAT}) and as one self-contained
 * HTML page. Neither holds a clock reading or a duration, so the same harvest gives the same bytes.
 */
public final class StatusReport {

    /** The format identifier of the JSON report. */
    public static final String FORMAT = "codejson-harvest-status/1";

    private StatusReport() {
    }

    /**
     * The JSON report.
     *
     * @param harvest the harvest
     * @return the report
     */
    public static JsonValue json(Harvest harvest) {
        List<JsonValue> agencies = new ArrayList<>();
        for (AgencyStatus a : harvest.agencies()) {
            List<JsonValue> sources = new ArrayList<>();
            for (SourceStatus s : a.sources()) {
                List<JsonValue> problems = new ArrayList<>();
                for (SourceStatus.Problem p : s.problems()) {
                    problems.add(JsonBuilder.object().put("pointer", p.pointer()).put("line", p.line()).put("column", p.column())
                            .put("rule", p.rule()).put("severity", p.severity()).put("message", p.message()).build());
                }
                sources.add(JsonBuilder.object().put("url", s.url()).put("outcome", s.outcome().json())
                        .put("reachable", s.reachable())
                        .put("reason", orNull(s.failure() == null ? "" : s.failure().json()))
                        .put("message", s.message()).put("bytes", s.bytes())
                        .put("family", orNull(s.family()))
                        .put("valid", s.valid()).put("errors", s.errors()).put("warnings", s.warnings()).put("hints", s.hints())
                        .put("problems", JsonBuilder.array(problems)).build());
            }
            JsonBuilder change = JsonBuilder.object();
            if (a.change().known()) {
                change.put("releases", a.change().releases()).put("openSourceShare", a.change().openSourceShare())
                        .put("medianScore", a.change().medianScore());
            }
            agencies.add(JsonBuilder.object().put("id", a.agency().id()).put("name", a.agency().name())
                    .put("contact", a.agency().contact()).put("reachable", a.reachable()).put("valid", a.valid())
                    .put("releases", a.releases()).put("openSourceShare", a.openSourceShare()).put("medianScore", a.medianScore())
                    .put("laborHours", a.laborHours())
                    .put("sinceLastHarvest", a.change().known() ? change.build() : JsonBuilder.nul())
                    .put("sources", JsonBuilder.array(sources)).build());
        }
        long reachable = harvest.agencies().stream().filter(AgencyStatus::reachable).count();
        long valid = harvest.agencies().stream().filter(AgencyStatus::valid).count();
        return JsonBuilder.object().put("format", FORMAT).put("registry", harvest.registry().name())
                .put("agencies", harvest.agencies().size()).put("reachable", reachable).put("valid", valid)
                .put("statewideReleases", harvest.statewide().map(r -> (long) r.releasesWritten()).orElse(0L))
                .put("mergeProblems", JsonBuilder.strings(harvest.mergeProblems()))
                .put("agencyStatus", JsonBuilder.array(agencies)).build();
    }

    /**
     * The HTML page: one row per agency, its files' problems below, with no script and no request
     * to anywhere.
     *
     * @param harvest the harvest
     * @return the page
     */
    public static String html(Harvest harvest) {
        StringBuilder h = new StringBuilder();
        String title = "Harvest status: " + harvest.registry().name();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;background:#fff}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("td.n{text-align:right}.bad{color:#a4000f;font-weight:bold}.ok{color:#00612e;font-weight:bold}\n")
                .append(".wrap{overflow-x:auto}code{overflow-wrap:anywhere}\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(Html.text(title)).append("</h1>\n");
        long reachable = harvest.agencies().stream().filter(AgencyStatus::reachable).count();
        long valid = harvest.agencies().stream().filter(AgencyStatus::valid).count();
        h.append("<p>").append(harvest.agencies().size()).append(" agencies: ").append(reachable).append(" reachable, ")
                .append(valid).append(" with valid files; ")
                .append(harvest.statewide().map(r -> r.releasesWritten() + " releases in the statewide inventory.")
                        .orElse("no statewide inventory."))
                .append("</p>\n");
        for (String problem : harvest.mergeProblems()) {
            h.append("<p class=\"bad\">").append(Html.text(problem)).append("</p>\n");
        }
        h.append("<div class=\"wrap\"><table>\n<caption>Agencies</caption>\n<thead><tr><th scope=\"col\">Agency</th>")
                .append("<th scope=\"col\">Reachable</th><th scope=\"col\">Valid</th><th scope=\"col\">Releases</th>")
                .append("<th scope=\"col\">Open source</th><th scope=\"col\">Median score</th><th scope=\"col\">Since last harvest</th></tr></thead>\n<tbody>\n");
        for (AgencyStatus a : harvest.agencies()) {
            h.append("<tr><th scope=\"row\"><a href=\"#").append(Html.text(a.agency().id())).append("\">")
                    .append(Html.text(a.agency().name())).append("</a></th>")
                    .append(a.reachable() ? "<td class=\"ok\">yes</td>" : "<td class=\"bad\">no: " + Html.text(reasons(a)) + "</td>")
                    .append(a.valid() ? "<td class=\"ok\">yes</td>" : "<td class=\"bad\">no</td>")
                    .append("<td class=\"n\">").append(a.releases()).append("</td><td class=\"n\">")
                    .append(percent(a.openSourceShare())).append("</td><td class=\"n\">").append(a.medianScore().toPlainString())
                    .append("</td><td>").append(Html.text(change(a.change()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
        for (AgencyStatus a : harvest.agencies()) {
            h.append("<section id=\"").append(Html.text(a.agency().id())).append("\">\n<h2>").append(Html.text(a.agency().name()))
                    .append("</h2>\n");
            if (!a.agency().contact().isEmpty()) {
                // A mailto: link only for what is an address, as on every other page the tool writes.
                String contact = a.agency().contact();
                h.append("<p>Coordinator: ").append(contact.matches("[^\\s@:/?#<>\"]+@[^\\s@:/?#<>\"]+")
                        ? Html.link("mailto:" + contact, contact) : Html.text(contact)).append("</p>\n");
            }
            for (SourceStatus s : a.sources()) {
                h.append("<h3><code>").append(Html.link(s.url(), s.url())).append("</code></h3>\n<ul>\n<li>")
                        .append(Html.text(outcome(s))).append("</li>\n");
                if (!s.message().isEmpty()) {
                    h.append("<li>").append(Html.text(s.message())).append("</li>\n");
                }
                if (!s.family().isEmpty()) {
                    h.append("<li>").append(Html.text(s.family())).append(", ").append(s.bytes()).append(" bytes: ")
                            .append(s.valid() ? "valid" : "<span class=\"bad\">invalid</span>").append(" (").append(s.errors())
                            .append(" errors, ").append(s.warnings()).append(" warnings, ").append(s.hints()).append(" hints)</li>\n");
                }
                h.append("</ul>\n");
                if (!s.problems().isEmpty()) {
                    h.append("<ol>\n");
                    for (SourceStatus.Problem p : s.problems()) {
                        h.append("<li>").append(p.line() > 0 ? p.line() + ":" + p.column() + " " : "").append(Html.text(p.severity()))
                                .append(" <code>").append(Html.text(p.pointer())).append("</code>: ").append(Html.text(p.message()))
                                .append(" [").append(Html.text(p.rule())).append("]</li>\n");
                    }
                    h.append("</ol>\n");
                }
            }
            h.append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static JsonValue orNull(String value) {
        return value.isEmpty() ? JsonBuilder.nul() : new JsonValue.JsonString(value, Location.UNKNOWN);
    }

    private static String reasons(AgencyStatus a) {
        return String.join(", ", a.sources().stream().filter(s -> !s.reachable()).map(s -> s.failure() == null ? s.outcome().json()
                : s.failure().json()).distinct().toList());
    }

    private static String outcome(SourceStatus s) {
        return switch (s.outcome()) {
            case FETCHED -> "fetched in this harvest";
            case NOT_MODIFIED -> "unchanged since last harvest (HTTP 304)";
            case KEPT_PREVIOUS -> "not fetched (" + s.failure().json() + "); last harvest's copy is used";
            case MISSING -> "not fetched (" + s.failure().json() + "); no copy";
        };
    }

    private static String change(AgencyStatus.Change c) {
        if (!c.known()) {
            return "first harvest";
        }
        return signed(BigDecimal.valueOf(c.releases())) + " releases, " + signed(c.openSourceShare().movePointRight(2)
                .setScale(1, RoundingMode.HALF_EVEN)) + " points open source, " + signed(c.medianScore()) + " median score";
    }

    private static String signed(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return value.signum() > 0 ? "+" + plain : value.signum() == 0 ? "\u00b10" : "\u2212" + plain.substring(1);
    }

    private static String percent(BigDecimal share) {
        return String.format(Locale.ROOT, "%.1f %%", share.movePointRight(2));
    }
}
