package gov.ca.code.codejson.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.FilePlaces;
import gov.ca.code.codejson.files.JsonFolder;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.merge.InventoryConversion;

/**
 * Reads a file of any family as a code.gov 2.0.0 inventory, for the commands that compute on one;
 * a file of another family is converted with the migration, and the conversion is described on
 * standard error.
 *
 * <p>A folder stands for the {@code .json} files it holds itself (a harvest's output folder for
 * those of its {@code agencies} folder), listed as {@code merge} lists a folder: a symbolic link
 * that leads out of it, nowhere or in a loop, and a named pipe, device or socket, are named and
 * skipped, never read. So are the files codejson itself writes, which a command may have been told
 * to write into the folder: a JSON object with a {@code format} member that names one of codejson's
 * formats ({@code codejson-metrics/1}, {@code codejson-statewide-metrics/1},
 * {@code codejson-merge-report/1}, {@code codejson-harvest-status/1}, ...), the report of
 * {@code validate --format json} (a {@code tool} member naming codejson) and a SARIF log. Named on
 * the command line, such a file is an error: it holds no inventory. A file named twice, or met
 * again through a folder, is read once, with a warning.
 */
final class InventoryFiles {

    private InventoryFiles() {
    }

    /** {@return the inventory, or null after printing a located error} */
    static Inventory read(CodeJson codejson, String file, PrintWriter err) {
        Document document = Inputs.readOrReport(codejson, file, null, err);
        return document == null ? null : convert(document, file, err);
    }

    /**
     * Reads every file named and every inventory of the folders named. Every input is read before
     * any is given up, so that one run names all the inputs at fault.
     *
     * @param codejson the reader
     * @param names files and folders, as the command line names them; {@code -} is standard input
     * @param err where each problem, skipped entry and conversion is told
     * @return the inventories in the order named, a folder's in the order of their names; null when an input could not be used
     */
    static List<Read> readAll(CodeJson codejson, List<String> names, PrintWriter err) {
        List<Read> read = new ArrayList<>();
        boolean usable = true;
        // By real path, as merge does: a file named twice, or met again in a folder, would be an agency counted twice.
        Map<Path, String> seen = new HashMap<>();
        for (Listed file : list(names, err)) {
            if (file.file() == null) {
                usable = false;
                continue;
            }
            String first = Inputs.STDIN.equals(file.file()) ? null : seen.putIfAbsent(FilePlaces.realPath(Path.of(file.file())), file.file());
            if (first != null) {
                err.println(Main.FORMAT.line(problem(file.file(), Severity.WARNING, "input.same-file", "the same file as "
                        + FileNames.quote(first) + ", which is read once; skipped")));
                continue;
            }
            Document document = Inputs.readOrReport(codejson, file.file(), null, err);
            if (document == null) {
                usable = false;
                continue;
            }
            Optional<String> written = writtenByCodejson(document);
            if (written.isPresent()) {
                if (file.listed()) {
                    err.println(Main.FORMAT.line(problem(file.file(), Severity.WARNING, "input.codejson-output",
                            written.get() + ", not an inventory; skipped")));
                } else {
                    err.println(Main.FORMAT.line(problem(file.file(), Severity.ERROR, "input.codejson-output",
                            written.get() + ", not an inventory; name an agency's code.json")));
                    usable = false;
                }
                continue;
            }
            Inventory inventory = convert(document, file.file(), err);
            if (inventory == null) {
                usable = false;
                continue;
            }
            read.add(new Read(file.file(), file.published(), inventory));
        }
        return usable ? List.copyOf(read) : null;
    }

    private static Inventory convert(Document document, String file, PrintWriter err) {
        InventoryConversion conversion;
        try {
            conversion = InventoryConversion.of(document, file);
        } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> err.println(Main.FORMAT.line(d)));
            return null;
        }
        conversion.describe(file).forEach(d -> err.println(Main.FORMAT.line(d)));
        return conversion.inventory();
    }

    /**
     * {@return the files named, a folder standing for the {@code .json} files it holds, each with the
     * name a published page gives it: its path inside the folder named, or the file's own name, so
     * that a page says neither where the files lie on this machine nor from which folder the command
     * ran}; what a folder holds that is not its own file is told on {@code err}, and a folder that
     * cannot be listed is one entry without a file
     */
    private static List<Listed> list(List<String> names, PrintWriter err) {
        List<Listed> files = new ArrayList<>();
        for (String name : names) {
            Path path = Inputs.STDIN.equals(name) ? null : Path.of(name);
            if (path == null || !Files.isDirectory(path)) {
                Path own = path == null ? null : path.getFileName();
                files.add(new Listed(name, own == null ? name : own.toString(), false));
                continue;
            }
            Path folder = Files.isDirectory(path.resolve("agencies")) ? path.resolve("agencies") : path;
            JsonFolder.Listing listing = JsonFolder.list(folder, false);
            for (JsonFolder.Skipped entry : listing.skipped()) {
                String rule = switch (entry.why()) {
                    case NOT_A_FILE -> "input.not-a-file";
                    case LINK_NOWHERE -> "input.link-unreadable";
                    case LINK_OUT -> "input.link-out";
                };
                err.println(Main.FORMAT.line(problem(entry.path().toString(), Severity.WARNING, rule, entry.reason(folder.toString()))));
            }
            for (JsonFolder.Failure failure : listing.failures()) {
                err.println(Main.FORMAT.line(problem(failure.path().toString(), Severity.ERROR,
                        failure.folder() ? "input.folder-unreadable" : "input.file-unreadable",
                        (failure.folder() ? "the folder cannot be listed: " : "cannot be read: ") + failure.reason())));
                files.add(new Listed(null, failure.path().toString(), true));
            }
            for (Path p : listing.files()) {
                files.add(new Listed(p.toString(), path.relativize(p).toString().replace('\\', '/'), true));
            }
        }
        return files;
    }

    private static Diagnostic problem(String file, Severity severity, String rule, String message) {
        return new Diagnostic(file, Location.UNKNOWN, Subject.FILE, rule, severity, message);
    }

    /** {@return what a file that codejson wrote is, by the marker each of its JSON outputs carries at the top} */
    private static Optional<String> writtenByCodejson(Document document) {
        if (!(document.source().root() instanceof JsonValue.JsonObject top)) {
            return Optional.empty();
        }
        Optional<String> format = text(top, "format").filter(f -> f.startsWith("codejson-"));
        if (format.isPresent()) {
            return Optional.of("a " + format.get() + " file that codejson wrote");
        }
        if (text(top, "tool").filter(t -> t.startsWith("codejson ")).isPresent() && top.get("problems").isPresent()) {
            return Optional.of("a validation report that codejson wrote");
        }
        if (text(top, "$schema").filter(s -> s.contains("sarif")).isPresent() && top.get("runs").isPresent()) {
            return Optional.of("a SARIF log");
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonValue.JsonObject object, String name) {
        return object.get(name).filter(JsonValue.JsonString.class::isInstance).map(v -> ((JsonValue.JsonString) v).value());
    }

    /**
     * An inventory read, and the names it goes by.
     *
     * @param file the path it was read from, as the user gave it or under the folder they gave
     * @param published the name a page shows
     * @param inventory the inventory, converted when it was of another family
     */
    record Read(String file, String published, Inventory inventory) {
    }

    /**
     * A file to read and the name it is published under.
     *
     * @param file the path to read; null for a folder entry that could not be read (already told)
     * @param published the name a page shows
     * @param listed whether it was found in a folder rather than named
     */
    private record Listed(String file, String published, boolean listed) {
    }
}
