package gov.ca.code.codejson.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.files.AtomicFiles;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.files.OwnedFolder;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.migrate.Migration;
import gov.ca.code.codejson.migrate.Migrator;
import gov.ca.code.codejson.report.TerminalText;
import gov.ca.code.codejson.text.Counts;

/** {@code codejson migrate}: converts a file to another family and says what changed. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Convert a code.json file to another family: code.gov 1.0.1 to 2.0.0, 2.0.0 to SHARE IT"
                + " (an agency index and one file per release), SHARE IT or CMS to 2.0.0, and the spellings of the"
                + " SHARE IT drafts to the current ones.",
            "Every change is listed (pointer, old value, new value, reason). Values that cannot be derived are"
                + " left out and listed as errors to fill; the migrated file fails validation exactly there."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:migrated, nothing left to fill", "1:migrated, some values must be filled in",
            "2:the file could not be read or written, the conversion is not supported, or bad usage"})
final class MigrateCommand implements Callable<Integer> {

    /** How the change log is printed. */
    enum LogFormat { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ReadLimitOptions readLimits;

    @Option(names = "--to", required = true, paramLabel = "FAMILY", converter = Converters.FamilyConverter.class,
            description = "The family to migrate to: codegov-2.0.0, shareit-2.0.0 (index and repositories),"
                    + " shareit-index-2.0.0 or cms-2.1.0.")
    private Family to;

    @Option(names = "--out", paramLabel = "FILE|DIR", description = "Where to write: a file for a single document,"
            + " a folder for a split into SHARE IT (agency-index.json and repositories/NAME.json). Without it, a"
            + " single document is printed on standard output and the change log on standard error.")
    private Path out;

    @Mixin
    private FamilyOption familyOption;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How the change log is printed: text or json (default: ${DEFAULT-VALUE}).")
    private LogFormat logFormat;

    @Option(names = "--changes", paramLabel = "FILE", description = "Also write the change log as JSON to this file.")
    private Path changes;

    @Parameters(paramLabel = "FILE", description = "The file to migrate; - reads standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CodeJson codejson = new CodeJson(readLimits.limits());
        Document document = Inputs.readOrReport(codejson, file, familyOption.family(), err);
        if (document == null || !Inputs.repeatsNoName(document, Inputs.name(file), "migrating", err)) {
            return Main.UNUSABLE;
        }
        Migration migration;
        try {
            migration = new Migrator(readLimits.limits()).migrate(document, to);
        } catch (IllegalArgumentException e) {
            err.println("codejson: " + e.getMessage());
            return Main.UNUSABLE;
        }
        boolean split = migration.outputs().get(0).path().equals(Migrator.AGENCY_INDEX);
        if (changes != null && !changesApart(migration, split, err)) {
            return Main.UNUSABLE;
        }
        // Standard output of migrate is raw for the migrated document; the text log shows what the
        // file holds, so a terminal gets its control characters escaped.
        PrintWriter log = out == null ? err : logFormat == LogFormat.text
                ? TerminalText.printWriter(spec.commandLine().getOut()) : spec.commandLine().getOut();
        if (out == null) {
            if (split) {
                err.println("codejson: migrating to " + to.id() + " writes an agency index and one file per release;"
                        + " name the folder with --out DIR");
                return Main.UNUSABLE;
            }
            spec.commandLine().getOut().print(codejson.write(migration.document()));
            spec.commandLine().getOut().flush();
        } else if (split) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                err.println("codejson: " + out + " is a file; the split into SHARE IT needs a folder for --out");
                return Main.UNUSABLE;
            }
            // All or none: a release whose name cannot be a file name must not leave half a split.
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Migration.Output output : migration.outputs()) {
                files.put(output.path(), codejson.writeBytes(output.document()));
            }
            // A release gone since an earlier split into the same folder must not stay behind as its own file.
            OwnedFolder.write(out, files);
        } else {
            codejson.write(migration.document(), out);
        }
        String json = new JsonWriter().write(migration.log().toJson());
        if (changes != null) {
            CodeJson.writeAtomically(changes, json.getBytes(StandardCharsets.UTF_8));
        }
        if (logFormat == LogFormat.json) {
            log.print(json);
        } else {
            // The pointers of the log refer to the main output: the migrated file, or the agency index.
            String name = out == null ? "(migrated)" : split ? out.resolve(Migrator.AGENCY_INDEX).toString() : out.toString();
            for (String line : migration.log().lines()) {
                log.println(name + ": " + line);
            }
            for (Diagnostic fill : migration.log().toFill()) {
                log.println(Main.FORMAT.line(new Diagnostic(name, fill.location(), fill.subject(), fill.rule(), fill.severity(),
                        fill.message())));
            }
            log.println(document.family().id() + " -> " + to.id() + ": " + Counts.of(migration.log().changes().size(), "change")
                    + ", " + Counts.of(migration.log().toFill().stream().filter(v -> v.isError()).count(), "value")
                    + " to fill" + (migration.complete() ? "" : "; fill them in, then run codejson validate"));
        }
        log.flush();
        return migration.log().toFill().stream().anyMatch(v -> v.isError()) ? Main.INVALID : Main.VALID;
    }

    /**
     * {@return whether the change log can be written where {@code --changes} says, apart from the
     * input and every migrated file; else says why on {@code err}} Checked before anything is
     * written, so that a log that cannot be written does not come after a migrated file that was.
     */
    private boolean changesApart(Migration migration, boolean split, PrintWriter err) throws IOException {
        Map<Path, String> taken = new LinkedHashMap<>();
        if (!Inputs.STDIN.equals(file)) {
            taken.put(Path.of(file), "the file migrated");
        }
        if (out != null && split) {
            migration.outputs().forEach(o -> taken.put(out.resolve(o.path()), "the split's " + o.path()));
        } else if (out != null) {
            taken.put(out, "the --out file");
        }
        for (Map.Entry<Path, String> path : taken.entrySet()) {
            if (FilePlaces.isWithin(changes, path.getKey())) {
                err.println("codejson: --changes " + FileNames.quote(changes) + " is " + path.getValue()
                        + "; name another file for the change log");
                return false;
            }
        }
        AtomicFiles.checkTarget(changes);
        return true;
    }
}
