package gov.ca.code.codejson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the read-only reference material beside the repository (schemas, corpus, examples). */
public final class Shared {

    private Shared() {
    }

    /** {@return the shared folder, from the {@code codejson.shared.dir} property or {@code ../shared}} */
    public static Path dir() {
        String configured = System.getProperty("codejson.shared.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "shared");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared reference folder is missing: " + dir.toAbsolutePath());
        }
        return dir.normalize();
    }

    /** {@return a path below the shared folder} */
    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }

    /** {@return the JSON files below a shared sub-folder, sorted} */
    public static List<Path> jsonFiles(String relative) {
        try (Stream<Path> files = Files.walk(resolve(relative))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
