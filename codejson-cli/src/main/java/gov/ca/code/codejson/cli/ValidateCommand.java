package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.ProfileConverter.class,
            description = "Rules to apply: strict, codegov, california, shareit or cms (default: the family's own).")
    private Profile profile;

    @Mixin
    private FamilyOption familyOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (one line per problem) or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to validate; - reads standard input.")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CodeJson codejson = new CodeJson(readLimits.limits());
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
            if (format == OutputFormat.text) {
                for (Violation v : report.violations()) {
                    out.println(line(file, v));
                }
                spec.commandLine().getErr().println(summary(file, report));
            } else {
                results.add(json(file, report));
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

    private static JsonValue json(String file, ValidationReport report) {
        List<JsonValue> violations = report.violations().stream().map(ValidateCommand::json).toList();
        return JsonBuilder.object()
                .put("file", file)
                .put("family", report.family().id())
                .put("profile", report.profile().id())
                .put("valid", report.valid())
                .put("violations", JsonBuilder.array(violations))
                .build();
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
