package gov.ca.code.codejson.migrate;

import java.util.Objects;

import gov.ca.code.codejson.json.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * One change a migration made.
 *
 * @param pointer where the value is in the migrated document (RFC 6901); for a value that was
 *        dropped, where it would have been
 * @param from where the value was in the original document, equal to {@code pointer} when it did not move
 * @param oldValue the value before, or null when the field did not exist
 * @param newValue the value after, or null when the field was removed
 * @param reason why, in one sentence
 */
public record Change(String pointer, String from, @Nullable JsonValue oldValue, @Nullable JsonValue newValue, String reason) {

    /** Creates a change; pointers and reason may not be null. */
    public Change {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return whether the value was removed and has no place in the migrated document} */
    public boolean dropped() {
        return oldValue != null && newValue == null;
    }

    /** {@return whether only the name or place of the value changed} */
    public boolean moved() {
        return !pointer.equals(from) && oldValue == null && newValue == null;
    }
}
