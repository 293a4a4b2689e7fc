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
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Everything one generation read, summed up in one SHA-256 and recorded beside the output it
 * wrote ({@code .code.json.inputs}). The adapter lists the inputs, one line each, in its own words;
 * the bytes of the files last written are added here. When the sum equals the recorded one,
 * generating again would write the same bytes, so the output can be left as it is and keep its
 * modification time.
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
        try {
            return Files.isRegularFile(stateFile) && Files.readString(stateFile, StandardCharsets.UTF_8).strip().equals(fingerprint);
        } catch (IOException e) {
            // An unreadable record only costs a generation.
            return false;
        }
    }

    /**
     * Records these inputs beside the output; call it after writing.
     *
     * @throws IOException when the record cannot be written
     */
    public void record() throws IOException {
        Files.writeString(stateFile, fingerprint + "\n", StandardCharsets.UTF_8);
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
