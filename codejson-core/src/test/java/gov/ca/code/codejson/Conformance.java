package gov.ca.code.codejson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import gov.ca.code.codejson.json.JsonReadException;

/**
 * Finds the conformance data the tests run on: the real corpus, the published schemas and their
 * examples, kept in {@code src/test/conformance} of this module (its {@code SOURCES.md} says where
 * each file came from).
 */
public final class Conformance {

    /** The system property the build sets to the conformance folder, for tests of other modules too. */
    public static final String DIR_PROPERTY = "codejson.conformance.dir";

    private Conformance() {
    }

    /** {@return the conformance folder: the {@value #DIR_PROPERTY} property, else this module's own} */
    public static Path dir() {
        String configured = System.getProperty(DIR_PROPERTY);
        Path dir = configured != null ? Path.of(configured) : Path.of("src", "test", "conformance");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the conformance folder is missing: " + dir.toAbsolutePath());
        }
        return dir.normalize();
    }

    /** {@return a path below the conformance folder} */
    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }

    /** {@return the JSON files below a sub-folder of the conformance folder, sorted} */
    public static List<Path> jsonFiles(String relative) {
        try (Stream<Path> files = Files.walk(resolve(relative))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document of the conformance data that codejson reads, with its file.
     *
     * @param file the file
     * @param document what codejson read from it
     */
    public record Input(Path file, Document document) {
    }

    /**
     * {@return every corpus file, published example and rule fixture that codejson reads, in file
     * order; the files it cannot read (not JSON) are left out}
     */
    public static List<Input> readableInputs(CodeJson codejson) {
        List<Path> files = new ArrayList<>(jsonFiles("corpus"));
        files.addAll(jsonFiles("schemas/examples"));
        files.addAll(Fixtures.files());
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) {
            try {
                inputs.add(new Input(file, codejson.read(file)));
            } catch (JsonReadException e) {
                // Not JSON: the corpus tests check these are refused with a located reason.
            }
        }
        return List.copyOf(inputs);
    }

    /** {@return the text of a file, decoded by its byte order mark like the product does} */
    public static String text(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            Charset cs = StandardCharsets.UTF_8;
            int skip = 0;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                skip = 3;
            }
            return new String(b, skip, b.length - skip, cs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
