package gov.ca.code.codejson.scan;

import java.util.Objects;

/**
 * Where a value of a scanned entry came from: a file of the repository and the key inside it.
 *
 * @param file the file, relative to the repository and with {@code /} separators, such as
 *     {@code package.json} or {@code .git/config}; or a short description such as {@code the overlay}
 * @param key the key inside the file, such as {@code description} or {@code project.license.text};
 *     empty when the whole file is meant
 * @param how how the value was derived, such as {@code template match}; empty when it was copied
 */
public record Origin(String file, String key, String how) {

    /** Creates an origin; no component may be null. */
    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(how, "how");
    }

    /** {@return an origin of a value copied from a key of a file} */
    public static Origin of(String file, String key) {
        return new Origin(file, key, "");
    }
}
