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
import gov.ca.code.codejson.ValidationRequest;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.report.DiagnosticCounts;
import gov.ca.code.codejson.text.Counts;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/** {@code codejson validate}: reports every violation of every file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate code.json files and report every problem with its line, column and JSON pointer.",
            "A file is valid when it has no error; warnings and hints do not fail it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:some file is invalid", "2:a file could not be read, or bad usage"})
final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum OutputFormat {
        /** One compiler-style line per problem, and a summary per file on standard error. */
        text,
        /** The JSON report of every problem. */
        json,
        /** A SARIF 2.1.0 log, for code-scanning tools. */
        sarif
    }

    /** The least severity {@code --severity} shows, in the order of {@link Severity}. */
    enum MinimumSeverity { error, warning, info }

    /** How much text is gathered before it is written. */
    private static final int BATCH_CHARS = 1 << 16;

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
            description = "Output format: text (one line per problem), json or sarif (SARIF 2.1.0) (default: ${DEFAULT-VALUE}).")
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
        PrintWriter err = spec.commandLine().getErr();
        CodeJson codejson = new CodeJson(readLimits.limits());
        int exit = Main.VALID;
        List<Diagnostic> all = new ArrayList<>();
        DiagnosticCounts counted = new DiagnosticCounts(0, 0, 0);
        for (String file : files) {
            String name = Inputs.name(file);
            Document document;
            ValidationReport report;
            try {
                document = Inputs.read(codejson, file, familyOption.family());
                ValidationRequest request = ValidationRequest.of(document, name);
                report = (profile == null ? request : request.withProfile(profile)).run(codejson);
            } catch (JsonReadException | DiagnosticException e) {
                // A file that cannot be read, or whose family the profile does not fit, is one
                // problem of that file: the other files are still validated.
                exit = Main.UNUSABLE;
                List<Diagnostic> problems = e instanceof JsonReadException r ? List.of(r.diagnostic())
                        : ((DiagnosticException) e).diagnostics().stream().map(d -> d.inFile(name)).toList();
                all.addAll(problems);
                counted = counted.plus(DiagnosticCounts.of(problems));
                if (format == OutputFormat.text) {
                    problems.forEach(d -> out.println(Main.FORMAT.line(d)));
                }
                continue;
            }
            if (!report.valid() && exit == Main.VALID) {
                exit = Main.INVALID;
            }
            counted = counted.plus(DiagnosticCounts.of(report.violations()));
            Map<String, Integer> heldBack = new LinkedHashMap<>();
            List<Diagnostic> found = shown(report.violations(), heldBack);
            all.addAll(found);
            // Written in batches: thousands of problems are not a write per line, and millions (a file
            // of a million empty releases) are not one string of a gigabyte either.
            StringBuilder batch = new StringBuilder();
            if (format == OutputFormat.text) {
                for (Diagnostic d : found) {
                    batch.append(Main.FORMAT.line(d)).append(System.lineSeparator());
                    if (batch.length() >= BATCH_CHARS) {
                        out.print(batch);
                        batch.setLength(0);
                    }
                }
            }
            heldBack.forEach((rule, n) -> batch.append(name).append(": ").append(Counts.of(n, "more problem"))
                    .append(" of rule [").append(rule).append("] not shown (--max-per-rule ").append(maxPerRule)
                    .append(')').append(System.lineSeparator()));
            if (format == OutputFormat.text) {
                out.print(batch);
                out.flush();
                err.println(summary(name, report));
            } else {
                // The JSON and SARIF documents list what is shown; the count of the rest goes beside them.
                err.print(batch);
            }
        }
        if (format == OutputFormat.json) {
            // Validity and counts are those of every problem, whatever --severity and --max-per-rule let through.
            out.print(Main.FORMAT.json(all, counted));
        } else if (format == OutputFormat.sarif) {
            out.print(Main.FORMAT.sarif(all));
        }
        out.flush();
        return exit;
    }

    /** {@return one line for standard error, such as {@code code.json: invalid (2 errors, 1 warning, 0 hints; codegov-2.0.0, profile codegov)}} */
    static String summary(String file, ValidationReport report) {
        DiagnosticCounts counts = DiagnosticCounts.of(report.violations());
        return file + ": " + (report.valid() ? "valid" : "invalid") + " (" + counts.text() + ", "
                + Counts.of(counts.infos(), "hint") + "; " + report.family().id() + ", profile " + report.profile().id() + ")";
    }

    /**
     * {@return the diagnostics {@code --severity} and {@code --max-per-rule} let through, in order}
     *
     * @param all every diagnostic of a file
     * @param heldBack filled with the count, per rule, of diagnostics of a shown severity past the limit
     */
    private List<Diagnostic> shown(List<Diagnostic> all, Map<String, Integer> heldBack) {
        if (minimum == MinimumSeverity.info && maxPerRule == null) {
            return all;
        }
        Map<String, Integer> perRule = new LinkedHashMap<>();
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic v : all) {
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
}
