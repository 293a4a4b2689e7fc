package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.files.OutputFiles;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.merge.MergeException;
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
        String misplaced = misplacedOutput();
        if (misplaced != null) {
            err.println("codejson: " + misplaced + "; nothing was written");
            return Main.UNUSABLE;
        }
        CodeJson codejson = new CodeJson(readLimits.limits());
        MergeResult result;
        try {
            result = new MergeRequest(inputs, Path::toString, given(agency), given(measurementMethod), given(profile), given(to),
                    keepInvalid, !noRedact, given(contactEmail), given(contactName), given(contactUrl)).run(codejson);
        } catch (MergeException e) {
            e.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
            err.println("codejson: nothing was written");
            return Main.UNUSABLE;
        }

        byte[] inventory = codejson.write(result.output()).getBytes(StandardCharsets.UTF_8);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (out != null) {
            files.put(out, inventory);
        }
        if (report != null) {
            files.put(report, new JsonWriter().writeBytes(result.report()));
        }
        try {
            // Both outputs or neither: each is written in full beside its place before either replaces a file.
            OutputFiles.writeAll(files);
        } catch (IOException e) {
            err.println("codejson: " + FileErrors.describe(e) + "; nothing was written");
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

    /**
     * {@return why an output cannot go where it was asked to, or null}: the inputs are read before
     * anything is written, so an output in place of an input would replace it with the merge of
     * itself, and one inside an input folder would be read as an input by the next merge
     */
    private String misplacedOutput() {
        Map<String, Path> written = new LinkedHashMap<>();
        for (Map.Entry<String, Path> output : outputs().entrySet()) {
            try {
                // Where the write would land: a symbolic link is written through, even one that leads to a file not made yet.
                written.put(output.getKey(), AtomicFiles.checkTarget(output.getValue()));
            } catch (IOException e) {
                // Told, with nothing written, when the outputs are written.
                written.put(output.getKey(), output.getValue());
            }
        }
        if (written.size() == 2 && !Files.isDirectory(written.get("--out"))
                && FilePlaces.isWithin(written.get("--report"), written.get("--out"))) {
            return "--out and --report name the same file " + FileNames.quote(out) + "; give the report a file of its own";
        }
        for (Map.Entry<String, Path> output : outputs().entrySet()) {
            for (Path input : inputs) {
                if (!FilePlaces.isWithin(written.get(output.getKey()), input)) {
                    continue;
                }
                String named = output.getKey() + " " + FileNames.quote(output.getValue());
                return Files.isDirectory(input)
                        ? named + " is inside the input folder " + FileNames.quote(input) + ", whose .json files the next merge would read"
                                + " as inputs; write it outside the folders merged"
                        : named + " is the input " + FileNames.quote(input) + ", which it would replace; write it to another file";
            }
        }
        return null;
    }

    private Map<String, Path> outputs() {
        Map<String, Path> outputs = new LinkedHashMap<>();
        if (out != null) {
            outputs.put("--out", out);
        }
        if (report != null) {
            outputs.put("--report", report);
        }
        return outputs;
    }

    /** A setting left out of the command line or the POM is blank to the core. */
    private static String given(String value) {
        return value == null ? "" : value;
    }
}
