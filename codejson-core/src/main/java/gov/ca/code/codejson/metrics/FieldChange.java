package gov.ca.code.codejson.metrics;

import java.util.Objects;

import gov.ca.code.codejson.json.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * One field that differs between two versions of a release.
 *
 * @param pointer the JSON pointer of the field inside the release, such as {@code /version};
 *     arrays are compared whole
 * @param before the old value, or null when the field was absent
 * @param after the new value, or null when the field is absent
 */
public record FieldChange(String pointer, @Nullable JsonValue before, @Nullable JsonValue after) {

    /** Creates the record; at least one value is present. */
    public FieldChange {
        Objects.requireNonNull(pointer, "pointer");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a value before or after");
        }
    }
}
