package gov.ca.code.codejson.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.json.JsonReadException;

/** Reads the files and folders named as aggregate inputs, of any family. */
public final class MergeInputs {

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
        List<Diagnostic> problems = new ArrayList<>();
        List<MergeInput> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                int before = problems.size();
                List<Path> files = jsonFiles(path, problems);
                if (files.isEmpty() && problems.size() == before) {
                    problems.add(error(naming.apply(path), "merge.no-json-file",
                            "the folder holds no .json file; name the files or folders that hold code.json files"));
                }
                for (Path file : files) {
                    readOne(codejson, file, naming.apply(file), inputs, problems);
                }
            } else if (Files.isRegularFile(path)) {
                readOne(codejson, path, naming.apply(path), inputs, problems);
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

    private static List<Path> jsonFiles(Path folder, List<Diagnostic> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(error(folder.toString(), "merge.folder-unreadable", "the folder cannot be listed (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static void readOne(CodeJson codejson, Path file, String name, List<MergeInput> inputs, List<Diagnostic> problems) {
        try (InputStream in = Files.newInputStream(file)) {
            // Any family: the merger converts what is not a code.gov 2.0.0 inventory.
            inputs.add(new MergeInput(name, codejson.read(in, name, null)));
        } catch (JsonReadException e) {
            problems.add(e.diagnostic());
        } catch (IOException e) {
            problems.add(error(name, "merge.file-unreadable", "the file cannot be read (" + e.getMessage() + ")"));
        }
    }
}
