package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.ValidationReport;
import gov.ca.code.codejson.json.JsonBuilder;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.Violation;

/** {@code codejson validate}: reports every violation of every file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate code.json files and report every problem with its line, column and JSON pointer.",
            "A file is valid when it has no error; warnings and hints do not fail it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:some file is invalid", "2:a file could not be read, or bad usage"})
final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum OutputFormat { text, json }

    /** The least severity {@code --severity} shows, in the order of {@link Severity}. */
    enum MinimumSeverity { error, warning, info }

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.ProfileConverter.class,
            description = "Rules to apply: strict, codegov, california, shareit or cms (default: the family's own).")
    private Profile profile;

    @Mixin
    private FamilyOption familyOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (one line per problem) or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Show problems of this severity or worse: error, warning or info (default: ${DEFAULT-VALUE})."
                    + " The summary and the exit code still count every problem.")
    private MinimumSeverity minimum;

    @Option(names = "--max-per-rule", paramLabel = "N",
            description = "Show at most N problems of each rule per file, then how many more there are (default: all).")
    private Integer maxPerRule;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to validate; - reads standard input.")
    private List<String> files;

    @Override
    public Integer call() {
        if (maxPerRule != null && maxPerRule < 0) {
            throw new ParameterException(spec.commandLine(), "--max-per-rule is " + maxPerRule + "; give 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        CodeJson codejson = new CodeJson();
        int exit = Main.VALID;
        List<JsonValue> results = new ArrayList<>();
        for (String file : files) {
            Document document;
            try {
                document = Inputs.read(codejson, file, familyOption.family());
            } catch (JsonReadException e) {
                exit = Main.UNUSABLE;
                if (format == OutputFormat.text) {
                    out.println(Inputs.describe(e));
                } else {
                    results.add(unreadable(file, e));
                }
                continue;
            }
            Profile chosen = profile == null ? document.family().defaultProfile() : profile;
            if (!document.family().profiles().contains(chosen)) {
                spec.commandLine().getErr().println("codejson: " + file + ": "
                        + document.family().profileNotApplicable(chosen.id()));
                return Main.UNUSABLE;
            }
            ValidationReport report = codejson.validate(document, chosen);
            if (!report.valid() && exit == Main.VALID) {
                exit = Main.INVALID;
            }
            Map<String, Integer> heldBack = new LinkedHashMap<>();
            List<Violation> shown = shown(report.violations(), heldBack);
            if (format == OutputFormat.text) {
                // One write per file: a file with thousands of problems is not a write per line.
                StringBuilder batch = new StringBuilder();
                for (Violation v : shown) {
                    batch.append(line(file, v)).append(System.lineSeparator());
                }
                heldBack.forEach((rule, n) -> batch.append(file).append(": ").append(Counts.of(n, "more problem"))
                        .append(" of rule [").append(rule).append("] not shown (--max-per-rule ").append(maxPerRule)
                        .append(')').append(System.lineSeparator()));
                out.print(batch);
                out.flush();
                spec.commandLine().getErr().println(summary(file, report));
            } else {
                results.add(json(file, report, shown, heldBack));
            }
        }
        if (format == OutputFormat.json) {
            out.print(new JsonWriter().write(JsonBuilder.object().put("files", JsonBuilder.array(results)).build()));
        }
        out.flush();
        return exit;
    }

    /** {@return one line for standard error, such as {@code code.json: invalid (2 errors, 1 warning, 0 hints; codegov-2.0.0, profile codegov)}} */
    static String summary(String file, ValidationReport report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long hints = report.count(Severity.INFO);
        return file + ": " + (report.valid() ? "valid" : "invalid") + " (" + Counts.of(errors, "error") + ", "
                + Counts.of(warnings, "warning") + ", " + Counts.of(hints, "hint") + "; " + report.family().id()
                + ", profile " + report.profile().id() + ")";
    }

    /** Compiler style: {@code FILE:LINE:COL: SEVERITY: POINTER: MESSAGE [RULE]}. */
    static String line(String file, Violation v) {
        Location at = v.location();
        String where = at.isKnown() ? file + ":" + at.line() + ":" + at.column() + ":" : file + ":";
        String pointer = v.pointer().isEmpty() ? "(document)" : v.pointer();
        return where + " " + v.severity().label() + ": " + pointer + ": " + v.message() + " [" + v.rule() + "]";
    }

    /**
     * {@return the violations {@code --severity} and {@code --max-per-rule} let through, in order}
     *
     * @param all every violation of a file
     * @param heldBack filled with the count, per rule, of violations of a shown severity past the limit
     */
    private List<Violation> shown(List<Violation> all, Map<String, Integer> heldBack) {
        if (minimum == MinimumSeverity.info && maxPerRule == null) {
            return all;
        }
        Map<String, Integer> perRule = new LinkedHashMap<>();
        List<Violation> shown = new ArrayList<>();
        for (Violation v : all) {
            if (v.severity().ordinal() > minimum.ordinal()) {
                continue;
            }
            int n = perRule.merge(v.rule(), 1, Integer::sum);
            if (maxPerRule == null || n <= maxPerRule) {
                shown.add(v);
            } else {
                heldBack.merge(v.rule(), 1, Integer::sum);
            }
        }
        return shown;
    }

    private static JsonValue json(String file, ValidationReport report, List<Violation> shown,
            Map<String, Integer> heldBack) {
        List<JsonValue> violations = shown.stream().map(ValidateCommand::json).toList();
        JsonBuilder result = JsonBuilder.object()
                .put("file", file)
                .put("family", report.family().id())
                .put("profile", report.profile().id())
                .put("valid", report.valid())
                .put("violations", JsonBuilder.array(violations));
        if (!heldBack.isEmpty()) {
            JsonBuilder notShown = JsonBuilder.object();
            heldBack.forEach((rule, n) -> notShown.put(rule, (long) n));
            result.put("notShown", notShown.build());
        }
        return result.build();
    }

    private static JsonValue json(Violation v) {
        JsonBuilder b = JsonBuilder.object()
                .put("pointer", v.pointer())
                .put("rule", v.rule())
                .put("severity", v.severity().label());
        location(b, v.location());
        return b.put("message", v.message()).build();
    }

    private static JsonValue unreadable(String file, JsonReadException e) {
        JsonBuilder violation = JsonBuilder.object()
                .put("pointer", "")
                .put("rule", "json.unreadable")
                .put("severity", Severity.ERROR.label());
        location(violation, e.location());
        violation.put("message", e.reason());
        return JsonBuilder.object()
                .put("file", file)
                .put("family", (String) null)
                .put("profile", (String) null)
                .put("valid", false)
                .put("violations", JsonBuilder.array(List.of(violation.build())))
                .build();
    }

    private static void location(JsonBuilder b, Location at) {
        if (at.isKnown()) {
            b.put("line", at.line()).put("column", at.column());
        } else {
            b.put("line", JsonBuilder.nul()).put("column", JsonBuilder.nul());
        }
    }
}
