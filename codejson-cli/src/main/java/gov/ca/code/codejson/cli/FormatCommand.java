package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.files.FileNames;

/** {@code codejson format}: the canonical rewrite of a file. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Rewrite a code.json file in the canonical form.",
            "Keys in schema order with unknown keys after the known ones, two-space indent, UTF-8, \\n line ends.",
            "Nothing else changes: values, unknown keys and nulls are kept."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:formatted", "2:the file could not be read or rewritten, or bad usage"})
final class FormatCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--in-place", description = "Replace the file instead of printing to standard output;"
            + " a file already in the canonical form is left untouched, a read-only one is refused.")
    private boolean inPlace;

    @Mixin
    private FamilyOption familyOption;

    @Parameters(paramLabel = "FILE", description = "The file to format; - reads standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (inPlace && Inputs.STDIN.equals(file)) {
            err.println("codejson: --in-place needs a file, not standard input");
            return Main.UNUSABLE;
        }
        if (inPlace && Files.exists(Path.of(file)) && !Files.isRegularFile(Path.of(file))) {
            // Replacing a named pipe or device would write into it, or put a file in its place.
            err.println("codejson: --in-place replaces a file, and " + FileNames.quote(file) + " is "
                    + (Files.isDirectory(Path.of(file)) ? "a folder" : "not a regular file") + "; name a code.json file");
            return Main.UNUSABLE;
        }
        CodeJson codejson = new CodeJson(readLimits.limits());
        Document document = Inputs.readOrReport(codejson, file, familyOption.family(), err);
        if (document == null) {
            return Main.UNUSABLE;
        }
        if (!Inputs.repeatsNoName(document, Inputs.name(file), "formatting", err)) {
            return Main.UNUSABLE;
        }
        // What reading assumed (a family guessed for an unpublished version or an array root) is
        // said on the error stream, so that standard output stays the formatted file.
        document.notices().forEach(v -> err.println(Main.FORMAT.line(v.inFile(Inputs.name(file)))));
        err.flush();
        if (inPlace) {
            // A file already in the canonical form is left as it is (its hard links, its time).
            codejson.write(document, Path.of(file));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            codejson.write(document, out);
            out.flush();
        }
        return Main.VALID;
    }
}
