package gov.ca.code.codejson.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;

/**
 * The one way the tool writes {@link Diagnostic diagnostics}: a compiler-style line, a JSON report
 * and a SARIF 2.1.0 log. Every command and every goal prints through it; only the way an
 * {@link Input} is spelled (a command-line option, a POM element) is the adapter's, given with
 * {@link #withInputs(Function)}. Output is canonical: the same diagnostics give the same bytes.
 *
 * @param tool the tool's name for the JSON and SARIF reports, such as {@code codejson-maven-plugin}
 * @param version the tool's version, for the JSON and SARIF reports
 * @param inputs how an input is spelled in the adapter's words
 */
public record DiagnosticFormat(String tool, String version, Function<Input, String> inputs) {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";

    /** Where users learn about the tool, as SARIF names it. */
    public static final String INFORMATION_URI = "https://code.ca.gov/codejson";

    /** What a line about no file names instead of the file. */
    public static final String NO_FILE = "codejson";

    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonWriter WRITER = new JsonWriter();

    /** Creates the format; no component may be null. */
    public DiagnosticFormat {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(inputs, "inputs");
    }

    /**
     * {@return the format of a tool that spells each input by its key}
     *
     * @param tool the tool's name
     * @param version the tool's version
     */
    public static DiagnosticFormat of(String tool, String version) {
        return new DiagnosticFormat(tool, version, Input::key);
    }

    /** {@return this format, spelling each input as the function says} */
    public DiagnosticFormat withInputs(Function<Input, String> spelling) {
        return new DiagnosticFormat(tool, version, spelling);
    }

    /**
     * {@return what a diagnostic is about in the adapter's words: the pointer, {@code (document)} for
     * the document's root, the input as spelled, or {@code ""} for the file as a whole}
     */
    public String subject(Diagnostic d) {
        if (d.subject() instanceof Subject.Pointer p) {
            return p.pointer().isEmpty() ? "(document)" : p.pointer();
        }
        return d.subject() instanceof Subject.Of o ? inputs.apply(o.input()) : "";
    }

    /**
     * Writes one diagnostic as a compiler does:
     * {@code FILE:LINE:COLUMN: SEVERITY: SUBJECT: MESSAGE [RULE]}, without the line and column when
     * unknown, without the subject for the file as a whole, and with {@value #NO_FILE} for the
     * file when there is none. Further lines of a message (its details) follow the rule code.
     *
     * @param d the diagnostic
     * @return the line, and its detail lines
     */
    public String line(Diagnostic d) {
        // The file name is escaped whole: a line break in a name must not start a forged line of the log.
        StringBuilder b = new StringBuilder(d.file().isEmpty() ? NO_FILE : TerminalText.escape(d.file()));
        if (!d.file().isEmpty() && d.location().isKnown()) {
            b.append(':').append(d.location().line()).append(':').append(d.location().column());
        }
        b.append(": ").append(d.severity().label()).append(": ");
        String subject = subject(d);
        if (!subject.isEmpty()) {
            // So is the subject: a member name, and so a pointer, may hold a line break of the input.
            b.append(TerminalText.escape(subject)).append(": ");
        }
        String message = d.message();
        int details = message.indexOf('\n');
        b.append(details < 0 ? message : message.substring(0, details)).append(" [").append(d.rule()).append(']');
        if (details >= 0) {
            b.append(message, details, message.length());
        }
        return b.toString();
    }

    /**
     * Writes the JSON report: the tool, whether there is no error, the counts per severity and
     * every diagnostic in report order. A diagnostic has {@code file}, {@code line} and
     * {@code column} (when known), {@code subject} (the JSON pointer, {@code ""} for the document,
     * or the input as spelled), {@code rule}, {@code severity} and {@code message}.
     *
     * @param diagnostics the diagnostics, in any order
     * @return the report text
     */
    public String json(List<Diagnostic> diagnostics) {
        return json(diagnostics, DiagnosticCounts.of(diagnostics));
    }

    /**
     * Writes the JSON report of the diagnostics shown out of more, as {@link #json(List)} does, with
     * validity and counts of all of them: a report that shows only the errors, or a few problems of
     * each rule, still says how many there are and whether the input is valid. When fewer are shown
     * than counted, {@code notShown} says how many were left out.
     *
     * @param shown the diagnostics listed, in any order
     * @param all the counts of every diagnostic, the shown ones included
     * @return the report text
     */
    public String json(List<Diagnostic> shown, DiagnosticCounts all) {
        List<Diagnostic> sorted = sorted(shown);
        List<JsonValue> items = new ArrayList<>();
        for (Diagnostic d : sorted) {
            JsonBuilder item = JsonBuilder.object().put("file", d.file());
            if (d.location().isKnown()) {
                item.put("line", d.location().line()).put("column", d.location().column());
            }
            items.add(item.put("subject", plainSubject(d))
                    .put("rule", d.rule())
                    .put("severity", d.severity().label())
                    .put("message", d.message())
                    .build());
        }
        JsonBuilder report = JsonBuilder.object()
                .put("tool", tool + " " + version)
                .put("valid", all.errors() == 0)
                .put("errors", all.errors())
                .put("warnings", all.warnings())
                .put("infos", all.infos());
        long total = all.errors() + all.warnings() + all.infos();
        if (total > sorted.size()) {
            report.put("notShown", total - sorted.size());
        }
        return WRITER.write(report.put("problems", JsonBuilder.array(items)).build());
    }

    /**
     * Writes the SARIF 2.1.0 log: one run, one rule per rule code, one result per diagnostic with
     * its file, line and column, and the JSON pointer or input as logical location.
     *
     * @param diagnostics the diagnostics, in any order
     * @return the SARIF text
     */
    public String sarif(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = sorted(diagnostics);
        List<String> ruleIds = new ArrayList<>(new TreeSet<>(sorted.stream().map(Diagnostic::rule).toList()));
        List<JsonValue> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(JsonBuilder.object().put("id", id)
                    .put("shortDescription", JsonBuilder.object().put("text", id)).build());
        }
        List<JsonValue> results = new ArrayList<>();
        for (Diagnostic d : sorted) {
            JsonBuilder location = JsonBuilder.object();
            if (!d.file().isEmpty()) {
                JsonBuilder physical = JsonBuilder.object().put("artifactLocation", JsonBuilder.object().put("uri", d.file()));
                if (d.location().isKnown()) {
                    physical.put("region", JsonBuilder.object()
                            .put("startLine", d.location().line())
                            .put("startColumn", d.location().column()));
                }
                location.put("physicalLocation", physical);
            }
            String subject = plainSubject(d);
            if (!subject.isEmpty()) {
                location.put("logicalLocations", JsonBuilder.array(List.of(
                        JsonBuilder.object().put("fullyQualifiedName", subject).build())));
            }
            results.add(JsonBuilder.object()
                    .put("ruleId", d.rule())
                    .put("ruleIndex", ruleIds.indexOf(d.rule()))
                    .put("level", level(d.severity()))
                    .put("message", JsonBuilder.object().put("text", d.message()))
                    .put("locations", JsonBuilder.array(List.of(location.build())))
                    .build());
        }
        JsonBuilder driver = JsonBuilder.object()
                .put("name", tool)
                .put("version", version)
                .put("informationUri", INFORMATION_URI)
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

    /** The subject as machine-readable reports hold it: the document's root is the pointer {@code ""}. */
    private String plainSubject(Diagnostic d) {
        return d.subject() instanceof Subject.Pointer p ? p.pointer() : subject(d);
    }

    private static String level(Severity severity) {
        if (severity == Severity.ERROR) {
            return "error";
        }
        return severity == Severity.WARNING ? "warning" : "note";
    }

    private List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.order(s -> s instanceof Subject.Of o ? inputs.apply(o.input()) : s.text()));
        return sorted;
    }
}
