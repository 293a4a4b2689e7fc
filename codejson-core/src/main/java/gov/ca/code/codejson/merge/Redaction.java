package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;

/**
 * What the redaction policy changed in one release.
 *
 * @param origin where the release came from
 * @param name its name
 * @param usageType its usage type as written, or {@code ""} when it has none
 * @param fields the fields removed or replaced, such as {@code repositoryURL} and {@code contact}
 */
public record Redaction(EntryOrigin origin, String name, String usageType, List<String> fields) {

    /** Creates the record; the list is copied. */
    public Redaction {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usageType, "usageType");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
