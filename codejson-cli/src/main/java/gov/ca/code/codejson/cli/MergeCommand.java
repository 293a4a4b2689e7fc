package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.merge.MergeException;
import gov.ca.code.codejson.merge.MergeOutputs;
import gov.ca.code.codejson.merge.MergeRequest;
import gov.ca.code.codejson.merge.MergeResult;

/** {@code codejson merge}: one agency inventory from many code.json files. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge code.json files of every family (code.gov 1.0.1 and 2.0.0, SHARE IT per-repository files and"
                + " agency indexes, CMS) into one agency inventory, or with --to shareit-index-2.0.0 one SHARE IT agency index.",
            "Files of another family are converted with the migration; an entry with a value the migration cannot derive is"
                    + " left out with the values named, never filled with a guess.",
            "Duplicates (same repository address, then same name) are reduced to one; entries that fail validation are"
                    + " left out (or kept with --keep-invalid); releases that are not open source lose their repositoryURL"
                    + " and, with --agency-contact-email, their contact. Problems are listed on standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged, every entry valid", "1:merged, but some entries failed validation (listed)",
            "2:an input could not be read, or bad usage; nothing is written"})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the inventory to FILE (atomically) instead of standard output;"
            + " FILE may be neither an input nor inside an input folder.")
    private Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the merge report as JSON to FILE, a file other than"
            + " --out, outside the inputs; the two are written both or neither.")
    private Path report;

    @Option(names = "--agency", paramLabel = "NAME", description = "The agency of the inventory; default: the one all inputs name.")
    private String agency;

    @Option(names = "--measurement-method", paramLabel = "METHOD",
            description = "measurementType.method of the inventory (linesOfCode, modules, cost, projects, systems);"
                    + " default: the one all inputs state, else projects.")
    private String measurementMethod;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "The profile every entry must pass: codegov (default), strict or california; for --to shareit-index-2.0.0,"
                    + " shareit (default) or strict.")
    private String profile;

    @Option(names = "--to", paramLabel = "FAMILY",
            description = "What to write: codegov-2.0.0 (default), the code.gov agency inventory, or shareit-index-2.0.0,"
                    + " the SHARE IT agency index.")
    private String to;

    @Option(names = "--keep-invalid", description = "Keep entries that fail validation, with a warning, instead of leaving them out.")
    private boolean keepInvalid;

    @Option(names = "--no-redact", description = "Keep repositoryURL and contact of releases that are not open source.")
    private boolean noRedact;

    @Option(names = "--agency-contact-email", paramLabel = "EMAIL",
            description = "Replace the contact of releases that are not open source with this address.")
    private String contactEmail;

    @Option(names = "--agency-contact-name", paramLabel = "NAME", description = "The name that goes with --agency-contact-email.")
    private String contactName;

    @Option(names = "--agency-contact-url", paramLabel = "URL", description = "The URL that goes with --agency-contact-email.")
    private String contactUrl;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "code.json files of any family, or folders whose *.json files (searched recursively) are.")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((contactName != null || contactUrl != null) && contactEmail == null) {
            err.println("codejson: --agency-contact-name and --agency-contact-url need --agency-contact-email");
            return Main.UNUSABLE;
        }
        CodeJson codejson = new CodeJson(readLimits.limits());
        MergeRequest request = new MergeRequest(inputs, Path::toString, given(agency), given(measurementMethod), given(profile), given(to),
                keepInvalid, !noRedact, given(contactEmail), given(contactName), given(contactUrl));
        Map<MergeRequest.Setting, Path> files = new EnumMap<>(MergeRequest.Setting.class);
        if (out != null) {
            files.put(MergeRequest.Setting.OUTPUT_FILE, out);
        }
        if (report != null) {
            files.put(MergeRequest.Setting.REPORT_FILE, report);
        }
        MergeOutputs outputs = new MergeOutputs(files);
        List<Diagnostic> misplaced = outputs.misplaced(request, "");
        MergeResult result;
        try {
            if (!misplaced.isEmpty()) {
                throw new MergeException(misplaced);
            }
            result = request.run(codejson);
        } catch (MergeException e) {
            e.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
            err.println("codejson: nothing was written");
            return Main.UNUSABLE;
        }
        byte[] inventory;
        try {
            // Both outputs or neither: each is written in full beside its place before either replaces a file.
            inventory = outputs.write(codejson, result);
        } catch (IOException e) {
            err.println("codejson: " + FileNames.inWords(e) + "; nothing was written");
            return Main.UNUSABLE;
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(new String(inventory, StandardCharsets.UTF_8));
            stdout.flush();
        }

        result.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
        err.println("codejson: " + result.summary() + (out != null ? "; wrote " + out : ""));
        return result.incomplete() ? Main.INVALID : Main.VALID;
    }

    /** A setting left out of the command line or the POM is blank to the core. */
    private static String given(String value) {
        return value == null ? "" : value;
    }
}
