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
import gov.ca.code.codejson.ValidationRequest;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.json.JsonReadException;
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

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.ProfileConverter.class,
            description = "Rules to apply: strict, codegov, california, shareit or cms (default: the family's own).")
    private Profile profile;

    @Mixin
    private FamilyOption familyOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (one line per problem), json or sarif (SARIF 2.1.0) (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to validate; - reads standard input.")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CodeJson codejson = new CodeJson();
        int exit = Main.VALID;
        List<Diagnostic> all = new ArrayList<>();
        for (String file : files) {
            Document document;
            try {
                document = Inputs.read(codejson, file, familyOption.family());
            } catch (JsonReadException e) {
                exit = Main.UNUSABLE;
                all.add(e.diagnostic());
                if (format == OutputFormat.text) {
                    out.println(Main.FORMAT.line(e.diagnostic()));
                }
                continue;
            }
            ValidationRequest request = ValidationRequest.of(document, file);
            ValidationReport report;
            try {
                report = (profile == null ? request : request.withProfile(profile)).run(codejson);
            } catch (DiagnosticException e) {
                e.diagnostics().forEach(d -> spec.commandLine().getErr().println(Main.FORMAT.line(d)));
                return Main.UNUSABLE;
            }
            if (!report.valid() && exit == Main.VALID) {
                exit = Main.INVALID;
            }
            List<Diagnostic> found = report.violations();
            all.addAll(found);
            if (format == OutputFormat.text) {
                found.forEach(d -> out.println(Main.FORMAT.line(d)));
                spec.commandLine().getErr().println(summary(file, report));
            }
        }
        if (format == OutputFormat.json) {
            out.print(Main.FORMAT.json(all));
        } else if (format == OutputFormat.sarif) {
            out.print(Main.FORMAT.sarif(all));
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
}
