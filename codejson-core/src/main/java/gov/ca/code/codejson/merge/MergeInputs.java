package gov.ca.code.codejson.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.files.FileNames;
import gov.ca.code.codejson.files.JsonFolder;
import gov.ca.code.codejson.json.JsonReadException;

/** Reads the files and folders named as aggregate inputs, of any family. */
final class MergeInputs {

    private MergeInputs() {
    }

    /**
     * Reads files and folders, in the order given; a folder contributes every {@code *.json}
     * file below it, in the order of their paths. Every input is read before any problem is
     * reported, so that one run names all the inputs at fault.
     *
     * @param codejson the reader
     * @param paths files and folders
     * @return one input per file, its origin being the path as given
     * @throws MergeException when a path does not exist, a folder holds no JSON file, or a file
     *     cannot be read; the message names each
     */
    public static List<MergeInput> read(CodeJson codejson, List<Path> paths) throws MergeException {
        return read(codejson, paths, Path::toString);
    }

    /**
     * Reads files and folders like {@link #read(CodeJson, List)}, naming each file as {@code naming} says,
     * such as relative to a build's root folder.
     *
     * @param codejson the reader
     * @param paths files and folders
     * @param naming how reports name a file
     * @return one input per file
     * @throws MergeException when a path cannot be read; a diagnostic names each
     */
    public static List<MergeInput> read(CodeJson codejson, List<Path> paths, Function<Path, String> naming) throws MergeException {
        List<Diagnostic> skipped = new ArrayList<>();
        List<MergeInput> inputs;
        try {
            inputs = read(codejson, paths, naming, skipped::add);
        } catch (MergeException e) {
            List<Diagnostic> all = new ArrayList<>(skipped);
            all.addAll(e.diagnostics());
            throw new MergeException(all);
        }
        if (!skipped.isEmpty()) {
            // Without a place for warnings, a skipped entry fails the read rather than vanish unsaid.
            throw new MergeException(skipped.stream().map(w -> new Diagnostic(w.file(), w.location(), w.subject(), w.rule(), Severity.ERROR,
                    w.message())).toList());
        }
        return inputs;
    }

    /**
     * Reads files and folders like {@link #read(CodeJson, List, Function)}, skipping what a folder
     * holds that is not one of its own files: a symbolic link that leads out of the folder, or
     * that leads nowhere or in a loop, and a named pipe, device or socket. Each is told to
     * {@code skipped} by name, with the reason; its content is never read.
     *
     * @param codejson the reader
     * @param paths files and folders
     * @param naming how reports name a file
     * @param skipped told one warning per entry skipped
     * @return one input per file
     * @throws MergeException when a path cannot be read; the message names each
     */
    public static List<MergeInput> read(CodeJson codejson, List<Path> paths, Function<Path, String> naming,
            Consumer<Diagnostic> skipped) throws MergeException {
        List<Diagnostic> problems = new ArrayList<>();
        List<MergeInput> inputs = new ArrayList<>();
        // By real path: a file named twice, or met again through a folder or a link, would give each of its entries twice.
        Map<Path, String> seen = new HashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                int before = problems.size();
                List<Path> files = jsonFiles(path, naming, problems, skipped);
                if (files.isEmpty() && problems.size() == before) {
                    problems.add(error(naming.apply(path), "merge.no-json-file",
                            "the folder holds no .json file; name the files or folders that hold code.json files"));
                }
                for (Path file : files) {
                    readOnce(codejson, file, naming.apply(file), seen, skipped, inputs, problems);
                }
            } else if (Files.isRegularFile(path)) {
                readOnce(codejson, path, naming.apply(path), seen, skipped, inputs, problems);
            } else if (Files.exists(path)) {
                problems.add(error(naming.apply(path), "merge.not-a-file", "a named pipe, device or socket, not a file; name a code.json file"));
            } else {
                problems.add(error(naming.apply(path), "merge.no-such-input", "no such file or folder"));
            }
        }
        if (!problems.isEmpty()) {
            throw new MergeException(problems);
        }
        return List.copyOf(inputs);
    }

    private static Diagnostic error(String file, String rule, String message) {
        return new Diagnostic(file, Location.UNKNOWN, Subject.FILE, rule, Severity.ERROR, message);
    }

    private static Diagnostic warning(String file, String rule, String message) {
        return new Diagnostic(file, Location.UNKNOWN, Subject.FILE, rule, Severity.WARNING, message);
    }

    /** The {@code *.json} files of a folder and its subfolders, no link followed out of it, in path order. */
    private static List<Path> jsonFiles(Path folder, Function<Path, String> naming, List<Diagnostic> problems, Consumer<Diagnostic> skipped) {
        JsonFolder.Listing listing = JsonFolder.list(folder, true);
        for (JsonFolder.Skipped entry : listing.skipped()) {
            String rule = switch (entry.why()) {
                case NOT_A_FILE -> "merge.not-a-file";
                case LINK_NOWHERE -> "merge.link-unreadable";
                case LINK_OUT -> "merge.link-out";
            };
            skipped.accept(warning(naming.apply(entry.path()), rule, entry.reason(naming.apply(folder))));
        }
        for (JsonFolder.Failure failure : listing.failures()) {
            problems.add(failure.folder()
                    ? error(naming.apply(failure.path()), "merge.folder-unreadable", "the folder cannot be listed: " + failure.reason())
                    : error(naming.apply(failure.path()), "merge.file-unreadable", "cannot be read: " + failure.reason()));
        }
        return listing.files();
    }

    private static void readOnce(CodeJson codejson, Path file, String name, Map<Path, String> seen, Consumer<Diagnostic> skipped,
            List<MergeInput> inputs, List<Diagnostic> problems) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            readOne(codejson, file, name, inputs, problems);
            return;
        }
        String first = seen.putIfAbsent(real, name);
        if (first != null) {
            skipped.accept(warning(name, "merge.same-file", "the same file as " + FileNames.quote(first) + ", which is merged once;"
                    + " skipped"));
            return;
        }
        readOne(codejson, file, name, inputs, problems);
    }

    private static void readOne(CodeJson codejson, Path file, String name, List<MergeInput> inputs, List<Diagnostic> problems) {
        try (InputStream in = Files.newInputStream(file)) {
            // Any family: the merger converts what is not a code.gov 2.0.0 inventory.
            inputs.add(new MergeInput(name, codejson.read(in, name, null)));
        } catch (JsonReadException e) {
            problems.add(e.diagnostic());
        } catch (IOException e) {
            problems.add(error(name, "merge.file-unreadable", "the file cannot be read: " + FileNames.reason(e)));
        }
    }
}
