package gov.ca.code.codejson.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.shareit.AgencyIndex;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.report.DiagnosticFormat;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * An aggregate: the agency inventory and the report of how it was built.
 *
 * @param inventory the merged code.gov 2.0.0 inventory, releases in the documented order
 * @param output what is written: the inventory itself, or the SHARE IT agency index converted from it
 *     (without the releases quarantined in that conversion, unless they are kept)
 * @param inputs what was taken from each input, in input order
 * @param entriesRead how many entries the inputs held together
 * @param duplicates every group of duplicates, in the order of their surviving entry
 * @param quarantined every entry that failed validation or could not be converted, in input order; for a
 *     SHARE IT index, then the releases its conversion quarantined, in inventory order
 * @param redactions every release the redaction policy changed, in inventory order
 * @param warnings anything else the coordinator should know, such as contacts that could not be replaced
 */
public record MergeResult(Inventory inventory, Record output, List<InputSummary> inputs, int entriesRead, List<Duplicate> duplicates,
        List<Quarantined> quarantined, List<Redaction> redactions, List<Diagnostic> warnings) {

    /** The value of {@code format} in {@link #report()}; changes only when the report changes incompatibly. */
    public static final String REPORT_FORMAT = "codejson-merge-report/1";

    /** How the report writes a warning: as the command line prints it. */
    private static final DiagnosticFormat LINES = DiagnosticFormat.of(DiagnosticFormat.NO_FILE, "");

    /** Creates the result; lists are copied. */
    public MergeResult {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(output, "output");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
        quarantined = List.copyOf(Objects.requireNonNull(quarantined, "quarantined"));
        redactions = List.copyOf(Objects.requireNonNull(redactions, "redactions"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /**
     * {@return this result with warnings said before its own, such as the entries of a folder that were skipped}
     *
     * @param first the warnings to put first
     */
    public MergeResult withWarningsFirst(List<Diagnostic> first) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(warnings);
        return new MergeResult(inventory, output, inputs, entriesRead, duplicates, quarantined, redactions, all);
    }

    /** {@return the family of {@link #output()}} */
    public Family target() {
        return output instanceof AgencyIndex ? Family.SHAREIT_INDEX_2_0_0 : Family.CODEGOV_2_0_0;
    }

    /** {@return how many releases {@link #output()} holds} */
    public int releasesWritten() {
        return output instanceof AgencyIndex index ? index.releases().orElse(List.of()).size()
                : ((Inventory) output).releases().orElse(List.of()).size();
    }

    /** {@return how many entries were left out because they duplicate another} */
    public int duplicatesDropped() {
        return duplicates.stream().mapToInt(d -> d.dropped().size()).sum();
    }

    /** {@return how many invalid entries were left out} */
    public long quarantinedOmitted() {
        return quarantined.stream().filter(q -> !q.kept()).count();
    }

    /**
     * Returns what a person running the aggregate should read, in a fixed order: every entry
     * dropped as a duplicate (warning), how each input of another family was converted (info),
     * every invalid entry with its errors and whom to ask (error when left out, warning when kept;
     * its errors are the detail lines of the message), then the other warnings.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Duplicate d : duplicates) {
            for (EntryOrigin dropped : d.dropped()) {
                diagnostics.add(new Diagnostic(dropped.input(), dropped.location(), Subject.pointer(dropped.pointer()),
                        "merge.duplicate", Severity.WARNING, "duplicate of \"" + d.name() + "\" (same " + d.kind().id() + " "
                        + d.key() + "); kept " + d.survivor() + ", " + d.reason()));
            }
        }
        for (InputSummary input : inputs) {
            if (input.converted()) {
                diagnostics.add(new Diagnostic(input.origin(), Location.UNKNOWN, Subject.FILE, "merge.converted", Severity.INFO,
                        "converted from " + input.family().id() + " to " + Family.CODEGOV_2_0_0.id() + " ("
                        + Counts.of(input.changes(), "change") + "); not derived: " + (input.notDerived().isEmpty() ? "nothing"
                        : String.join(", ", input.notDerived().stream().map(Diagnostic::pointer).toList()))));
            }
        }
        for (Quarantined q : quarantined) {
            StringBuilder text = new StringBuilder("\"").append(q.name()).append("\" fails validation and was ")
                    .append(q.kept() ? "kept" : "left out").append(q.contact().isEmpty() ? "" : "; ask " + q.contact());
            for (Diagnostic v : q.errors()) {
                text.append('\n').append("    ").append(v.location().isKnown() ? v.location() + ": " : "")
                        .append(v.pointer()).append(": ").append(v.message()).append(" [").append(v.rule()).append(']');
            }
            diagnostics.add(new Diagnostic(q.origin().input(), q.origin().location(), Subject.pointer(q.origin().pointer()),
                    "merge.invalid-entry", q.kept() ? Severity.WARNING : Severity.ERROR, text.toString()));
        }
        diagnostics.addAll(warnings);
        for (InputSummary input : inputs) {
            // Errors outside the releases hold no entry back; but an input that gave no entry at all
            // (its releases misnamed, say) is missing from the inventory, and that is an error.
            boolean lost = input.entries() == 0;
            for (Diagnostic d : input.documentErrors()) {
                diagnostics.add(new Diagnostic(input.origin(), d.location(), d.subject(), d.rule(),
                        lost ? Severity.ERROR : Severity.WARNING, d.message() + (lost
                        ? " (the file gives no entry to merge, so none of its releases is in the inventory; fix it)"
                        : " (outside the releases; its entries were merged)")));
            }
        }
        return List.copyOf(diagnostics);
    }

    /**
     * {@return whether the merge left something out that a build should fail on: an entry that fails
     * validation, or an input that gave no entry because of errors in the file}
     */
    public boolean incomplete() {
        return !quarantined.isEmpty()
                || inputs.stream().anyMatch(i -> i.entries() == 0 && !i.documentErrors().isEmpty());
    }

    /** {@return the counts in one line, such as {@code 3 inputs, 6 entries: 4 releases written, 1 duplicate dropped, ...}} */
    public String summary() {
        return Counts.of(inputs.size(), "input") + ", " + Counts.of(entriesRead, "entry", "entries") + ": "
                + Counts.of(releasesWritten(), "release") + " written, "
                + Counts.of(duplicatesDropped(), "duplicate") + " dropped, " + quarantined.size() + " invalid ("
                + quarantinedOmitted() + " left out), " + redactions.size() + " redacted";
    }

    /**
     * Returns the report as JSON: counts, inputs, duplicates, quarantined entries, redactions and
     * warnings, all in a fixed order. The format is described in {@code docs/coordinator.md}.
     *
     * @return the report
     */
    public JsonValue report() {
        List<JsonValue> inputList = new ArrayList<>();
        for (InputSummary input : inputs) {
            inputList.add(JsonBuilder.object()
                    .put("origin", input.origin())
                    .put("family", input.family().id())
                    .put("agency", input.agency())
                    .put("entries", input.entries())
                    .put("conversion", input.converted()
                            ? JsonBuilder.object().put("to", Family.CODEGOV_2_0_0.id()).put("changes", input.changes())
                                    .put("notDerived", violations(input.notDerived())).build()
                            : JsonBuilder.nul())
                    .put("documentErrors", violations(input.documentErrors()))
                    .build());
        }
        List<JsonValue> duplicateList = new ArrayList<>();
        for (Duplicate d : duplicates) {
            duplicateList.add(JsonBuilder.object()
                    .put("kind", d.kind().id())
                    .put("key", d.key())
                    .put("name", d.name())
                    .put("survivor", origin(d.survivor()))
                    .put("dropped", JsonBuilder.array(d.dropped().stream().map(MergeResult::origin).toList()))
                    .put("reason", d.reason())
                    .build());
        }
        List<JsonValue> quarantineList = new ArrayList<>();
        for (Quarantined q : quarantined) {
            quarantineList.add(JsonBuilder.object()
                    .put("origin", origin(q.origin()))
                    .put("name", q.name())
                    .put("contact", q.contact())
                    .put("action", q.kept() ? "kept" : "omitted")
                    .put("errors", violations(q.errors()))
                    .build());
        }
        List<JsonValue> redactionList = new ArrayList<>();
        for (Redaction r : redactions) {
            redactionList.add(JsonBuilder.object()
                    .put("origin", origin(r.origin()))
                    .put("name", r.name())
                    .put("usageType", r.usageType())
                    .put("fields", JsonBuilder.strings(r.fields()))
                    .build());
        }
        return JsonBuilder.object()
                .put("format", REPORT_FORMAT)
                .put("agency", inventory.agency().orElse(""))
                .put("target", target().id())
                .put("counts", JsonBuilder.object()
                        .put("inputs", inputs.size())
                        .put("entriesRead", entriesRead)
                        .put("releasesWritten", releasesWritten())
                        .put("duplicatesDropped", duplicatesDropped())
                        .put("quarantined", quarantined.size())
                        .put("quarantinedOmitted", quarantinedOmitted())
                        .put("redacted", redactions.size()))
                .put("inputs", JsonBuilder.array(inputList))
                .put("duplicates", JsonBuilder.array(duplicateList))
                .put("quarantined", JsonBuilder.array(quarantineList))
                .put("redacted", JsonBuilder.array(redactionList))
                .put("warnings", JsonBuilder.strings(warnings.stream().map(LINES::line).toList()))
                .build();
    }

    private static JsonValue origin(EntryOrigin origin) {
        JsonBuilder b = JsonBuilder.object().put("input", origin.input()).put("pointer", origin.pointer());
        if (origin.location().isKnown()) {
            b.put("line", origin.location().line()).put("column", origin.location().column());
        }
        return b.build();
    }

    private static JsonValue violations(List<Diagnostic> violations) {
        List<JsonValue> list = new ArrayList<>();
        for (Diagnostic v : violations) {
            JsonBuilder b = JsonBuilder.object()
                    .put("pointer", v.pointer())
                    .put("rule", v.rule())
                    .put("severity", v.severity().label())
                    .put("message", v.message());
            if (v.location().isKnown()) {
                b.put("line", v.location().line()).put("column", v.location().column());
            }
            list.add(b.build());
        }
        return JsonBuilder.array(list);
    }
}
