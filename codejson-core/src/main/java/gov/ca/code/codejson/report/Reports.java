package gov.ca.code.codejson.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.diagnostic.Severity;

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
     * Writes the JSON report: the tool, the counts per severity and every entry.
     *
     * @param tool the tool name and version, such as {@code codejson-maven-plugin 0.1.0}
     * @param entries the entries, in any order
     * @return the report text
     */
    public static String json(String tool, List<ReportEntry> entries) {
        List<ReportEntry> sorted = sorted(entries);
        List<JsonValue> items = new ArrayList<>();
        for (ReportEntry e : sorted) {
            JsonBuilder item = JsonBuilder.object().put("file", e.file());
            if (e.location().isKnown()) {
                item.put("line", e.location().line()).put("column", e.location().column());
            }
            items.add(item.put("subject", e.subject())
                    .put("rule", e.rule())
                    .put("severity", e.severity().label())
                    .put("message", e.message())
                    .build());
        }
        return WRITER.write(JsonBuilder.object()
                .put("tool", tool)
                .put("valid", sorted.stream().noneMatch(e -> e.severity() == Severity.ERROR))
                .put("errors", count(sorted, Severity.ERROR))
                .put("warnings", count(sorted, Severity.WARNING))
                .put("infos", count(sorted, Severity.INFO))
                .put("problems", JsonBuilder.array(items))
                .build());
    }

    /**
     * Writes the SARIF 2.1.0 log: one run, one rule per rule code, one result per entry with its
     * file, line and column, and the JSON pointer or build-file element as logical location.
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
            rules.add(JsonBuilder.object().put("id", id)
                    .put("shortDescription", JsonBuilder.object().put("text", id)).build());
        }
        List<JsonValue> results = new ArrayList<>();
        for (ReportEntry e : sorted) {
            JsonBuilder physical = JsonBuilder.object().put("artifactLocation", JsonBuilder.object().put("uri", e.file()));
            if (e.location().isKnown()) {
                physical.put("region", JsonBuilder.object()
                        .put("startLine", e.location().line())
                        .put("startColumn", e.location().column()));
            }
            JsonBuilder location = JsonBuilder.object().put("physicalLocation", physical);
            if (!e.subject().isEmpty()) {
                location.put("logicalLocations", JsonBuilder.array(List.of(
                        JsonBuilder.object().put("fullyQualifiedName", e.subject()).build())));
            }
            results.add(JsonBuilder.object()
                    .put("ruleId", e.rule())
                    .put("ruleIndex", ruleIds.indexOf(e.rule()))
                    .put("level", level(e.severity()))
                    .put("message", JsonBuilder.object().put("text", e.message()))
                    .put("locations", JsonBuilder.array(List.of(location.build())))
                    .build());
        }
        JsonBuilder driver = JsonBuilder.object()
                .put("name", toolName)
                .put("version", toolVersion)
                .put("informationUri", informationUri)
                .put("rules", JsonBuilder.array(rules));
        JsonValue run = JsonBuilder.object()
                .put("tool", JsonBuilder.object().put("driver", driver))
                .put("results", JsonBuilder.array(results))
                .build();
        return WRITER.write(JsonBuilder.object()
                .put("$schema", SARIF_SCHEMA)
                .put("version", SARIF_VERSION)
                .put("runs", JsonBuilder.array(List.of(run)))
                .build());
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
}
