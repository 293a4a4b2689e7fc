package gov.ca.code.codejson.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file, directory or source root that the inventory could not count, and why.
 *
 * <p>Only entries that would otherwise have counted are reported: a missing source root, a
 * directory that could not be listed, a source file that could not be read, looked binary or was
 * too large, and symbolic links (never followed). Files in formats that are not counted (XML,
 * properties, images, …) and hidden entries are left out silently, since they are expected.
 *
 * @param path the path, as reached from the source root given to the inventory
 * @param reason a short, stable English explanation, e.g. {@code "source root does not exist"}
 */
public record SkippedFile(Path path, String reason) {

    /**
     * Checks the values.
     *
     * @param path the path as reached from its root
     * @param reason why it was not counted
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
