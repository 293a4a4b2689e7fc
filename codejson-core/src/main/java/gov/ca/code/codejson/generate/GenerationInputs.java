package gov.ca.code.codejson.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Everything one generation read, summed up in one SHA-256 and recorded beside the output it
 * wrote ({@code .code.json.inputs}). The adapter lists the inputs, one line each, in its own words;
 * the bytes of the files last written are added here. When the sum equals the recorded one,
 * generating again would write the same bytes, so the output can be left as it is and keep its
 * modification time. A goal that writes only reports, such as {@code check}, records with its
 * inputs the notes it printed, so that a run with the same inputs can say them again.
 */
public final class GenerationInputs {

    private final Path stateFile;
    private final String fingerprint;

    private GenerationInputs(Path stateFile, String fingerprint) {
        this.stateFile = stateFile;
        this.fingerprint = fingerprint;
    }

    /**
     * Sums up the inputs of one run.
     *
     * @param inputs the inputs as the adapter describes them, one line each, in a stable order
     * @param written the files the run writes, the first being the output; their current bytes count
     * @return the inputs
     * @throws IOException when a written file exists but cannot be read
     */
    public static GenerationInputs of(List<String> inputs, List<Path> written) throws IOException {
        List<String> lines = new ArrayList<>(inputs);
        for (Path file : written) {
            lines.add("written " + file + " " + content(file));
        }
        return new GenerationInputs(stateFile(written.get(0)), hash(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Describes the files under source roots, one input line per root and per file with its size
     * and modification time, in a stable order, so that an edited source counts as a changed input.
     *
     * @param roots the source roots; one that is not a folder is listed alone
     * @return the lines
     * @throws IOException when a root cannot be walked
     */
    public static List<String> sources(List<Path> roots) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path root : roots) {
            lines.add("sources " + root);
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        lines.add("source " + root.relativize(file) + " " + Files.size(file) + " "
                                + Files.getLastModifiedTime(file).toMillis());
                    }
                }
            }
        }
        return List.copyOf(lines);
    }

    /** {@return whether the run that wrote the output had the same inputs} */
    public boolean unchanged() {
        return recorded().isPresent();
    }

    /**
     * {@return the notes recorded with these same inputs, such as the warnings the run printed, or
     * empty when the inputs changed or nothing was recorded}
     */
    public Optional<List<String>> recorded() {
        try {
            if (!Files.isRegularFile(stateFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
            return !lines.isEmpty() && lines.get(0).strip().equals(fingerprint)
                    ? Optional.of(List.copyOf(lines.subList(1, lines.size()))) : Optional.empty();
        } catch (IOException e) {
            // An unreadable record only costs a run.
            return Optional.empty();
        }
    }

    /**
     * Records these inputs beside the output; call it after writing.
     *
     * @throws IOException when the record cannot be written
     */
    public void record() throws IOException {
        record(List.of());
    }

    /**
     * Records these inputs beside the output with notes that a later run with the same inputs
     * reads back through {@link #recorded()}; call it after writing.
     *
     * @param notes the notes, one line each; a note spanning lines is kept as its lines
     * @throws IOException when the record cannot be written
     */
    public void record(List<String> notes) throws IOException {
        StringBuilder text = new StringBuilder(fingerprint).append('\n');
        for (String note : notes) {
            for (String line : note.split("\\R", -1)) {
                text.append(line).append('\n');
            }
        }
        Files.writeString(stateFile, text, StandardCharsets.UTF_8);
    }

    /**
     * {@return whether a run recorded its inputs beside an output} When none did, as after
     * {@code clean}, there is nothing to compare, so the inputs need not be summed before the run.
     *
     * @param output the output file
     */
    public static boolean isRecorded(Path output) {
        return Files.isRegularFile(stateFile(output));
    }

    /**
     * Forgets the recorded inputs of an output, so that the next run generates.
     *
     * @param output the output file
     * @throws IOException when the record exists but cannot be removed
     */
    public static void forget(Path output) throws IOException {
        Files.deleteIfExists(stateFile(output));
    }

    /**
     * Removes an output that was not written this time, and its record, so that a file left by an
     * earlier run cannot pass for the output of this one and the next run generates.
     *
     * @param output the output file
     * @throws IOException when the output or its record exists but cannot be removed
     */
    public static void discard(Path output) throws IOException {
        Files.deleteIfExists(output);
        forget(output);
    }

    /**
     * {@return the SHA-256 of a file's bytes in hexadecimal, or {@code none} when it is not a file}
     *
     * @param file the file, or null
     * @throws IOException when the file exists but cannot be read
     */
    public static String content(@Nullable Path file) throws IOException {
        return file != null && Files.isRegularFile(file) ? hash(Files.readAllBytes(file)) : "none";
    }

    /** {@return the SHA-256 of some bytes in hexadecimal} */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Path stateFile(Path output) {
        Path parent = output.toAbsolutePath().getParent();
        return parent.resolve("." + output.getFileName() + ".inputs");
    }
}
