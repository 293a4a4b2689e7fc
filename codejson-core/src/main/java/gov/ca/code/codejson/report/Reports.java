package gov.ca.code.codejson.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.json.Location;
import gov.ca.code.codejson.validation.Severity;

/**
 * Writes machine-readable reports of {@link ReportEntry entries}: a plain JSON report and a SARIF
 * 2.1.0 log for code-scanning tools. Output is canonical: the same entries give the same bytes.
 */
public final class Reports {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";

    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonWriter WRITER = new JsonWriter();

    private Reports() {
    }

    /**
     * Writes the JSON report.
     *
     * @param tool the tool name and version, such as {@code codejson-maven-plugin 0.1.0}
     * @param entries the entries, in any order
     * @return the report text
     */
    public static String json(String tool, List<ReportEntry> entries) {
        List<ReportEntry> sorted = sorted(entries);
        List<JsonValue> items = new ArrayList<>();
        for (ReportEntry e : sorted) {
            List<JsonValue.Member> m = new ArrayList<>();
            m.add(member("file", string(e.file())));
            if (e.location().isKnown()) {
                m.add(member("line", number(e.location().line())));
                m.add(member("column", number(e.location().column())));
            }
            m.add(member("subject", string(e.subject())));
            m.add(member("rule", string(e.rule())));
            m.add(member("severity", string(e.severity().label())));
            m.add(member("message", string(e.message())));
            items.add(object(m));
        }
        return WRITER.write(object(List.of(
                member("tool", string(tool)),
                member("errors", number(count(sorted, Severity.ERROR))),
                member("warnings", number(count(sorted, Severity.WARNING))),
                member("infos", number(count(sorted, Severity.INFO))),
                member("problems", new JsonValue.JsonArray(items, Location.UNKNOWN)))));
    }

    /**
     * Writes the SARIF 2.1.0 log.
     *
     * @param toolName the tool name, such as {@code codejson-maven-plugin}
     * @param toolVersion the tool version
     * @param informationUri where users learn about the tool
     * @param entries the entries, in any order
     * @return the SARIF text
     */
    public static String sarif(String toolName, String toolVersion, String informationUri, List<ReportEntry> entries) {
        Objects.requireNonNull(toolName, "toolName");
        List<ReportEntry> sorted = sorted(entries);
        List<String> ruleIds = new ArrayList<>(new TreeSet<>(sorted.stream().map(ReportEntry::rule).toList()));
        List<JsonValue> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(object(List.of(member("id", string(id)),
                    member("shortDescription", object(List.of(member("text", string(id))))))));
        }
        List<JsonValue> results = new ArrayList<>();
        for (ReportEntry e : sorted) {
            List<JsonValue.Member> physical = new ArrayList<>();
            physical.add(member("artifactLocation", object(List.of(member("uri", string(e.file()))))));
            if (e.location().isKnown()) {
                physical.add(member("region", object(List.of(
                        member("startLine", number(e.location().line())),
                        member("startColumn", number(e.location().column()))))));
            }
            List<JsonValue.Member> location = new ArrayList<>();
            location.add(member("physicalLocation", object(physical)));
            if (!e.subject().isEmpty()) {
                location.add(member("logicalLocations", new JsonValue.JsonArray(List.of(
                        object(List.of(member("fullyQualifiedName", string(e.subject()))))), Location.UNKNOWN)));
            }
            results.add(object(List.of(
                    member("ruleId", string(e.rule())),
                    member("ruleIndex", number(ruleIds.indexOf(e.rule()))),
                    member("level", string(level(e.severity()))),
                    member("message", object(List.of(member("text", string(e.message()))))),
                    member("locations", new JsonValue.JsonArray(List.of(object(location)), Location.UNKNOWN)))));
        }
        JsonValue driver = object(List.of(
                member("name", string(toolName)),
                member("version", string(toolVersion)),
                member("informationUri", string(informationUri)),
                member("rules", new JsonValue.JsonArray(rules, Location.UNKNOWN))));
        JsonValue run = object(List.of(
                member("tool", object(List.of(member("driver", driver)))),
                member("results", new JsonValue.JsonArray(results, Location.UNKNOWN))));
        return WRITER.write(object(List.of(
                member("$schema", string(SARIF_SCHEMA)),
                member("version", string(SARIF_VERSION)),
                member("runs", new JsonValue.JsonArray(List.of(run), Location.UNKNOWN)))));
    }

    private static String level(Severity severity) {
        if (severity == Severity.ERROR) {
            return "error";
        }
        return severity == Severity.WARNING ? "warning" : "note";
    }

    private static List<ReportEntry> sorted(List<ReportEntry> entries) {
        List<ReportEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ReportEntry.ORDER);
        return sorted;
    }

    private static long count(List<ReportEntry> entries, Severity severity) {
        return entries.stream().filter(e -> e.severity() == severity).count();
    }

    private static JsonValue.Member member(String name, JsonValue value) {
        return new JsonValue.Member(name, value, Location.UNKNOWN);
    }

    private static JsonValue string(String s) {
        return new JsonValue.JsonString(s, Location.UNKNOWN);
    }

    private static JsonValue number(long n) {
        return new JsonValue.JsonNumber(Long.toString(n), Location.UNKNOWN);
    }

    private static JsonValue object(List<JsonValue.Member> members) {
        return new JsonValue.JsonObject(members, Location.UNKNOWN);
    }
}
