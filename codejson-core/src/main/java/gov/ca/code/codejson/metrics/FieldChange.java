package gov.ca.code.codejson.metrics;

import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;

/**
 * One field that differs between two versions of a release: added, removed or changed. Each kind
 * is its own record, so that the side where the field is absent holds nothing rather than null.
 */
public sealed interface FieldChange permits FieldChange.Added, FieldChange.Removed, FieldChange.Changed {

    /** {@return the JSON pointer of the field inside the release, such as {@code /version}; arrays are compared whole} */
    String pointer();

    /** {@return the old value, empty when the field was absent} */
    Optional<JsonValue> before();

    /** {@return the new value, empty when the field is absent} */
    Optional<JsonValue> after();

    /**
     * A field the old version did not have.
     *
     * @param pointer see {@link FieldChange#pointer()}
     * @param value the new value
     */
    record Added(String pointer, JsonValue value) implements FieldChange {
        /** Creates the change; no component may be null. */
        public Added {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<JsonValue> before() {
            return Optional.empty();
        }

        @Override
        public Optional<JsonValue> after() {
            return Optional.of(value);
        }
    }

    /**
     * A field the new version does not have.
     *
     * @param pointer see {@link FieldChange#pointer()}
     * @param value the old value
     */
    record Removed(String pointer, JsonValue value) implements FieldChange {
        /** Creates the change; no component may be null. */
        public Removed {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<JsonValue> before() {
            return Optional.of(value);
        }

        @Override
        public Optional<JsonValue> after() {
            return Optional.empty();
        }
    }

    /**
     * A field whose value differs.
     *
     * @param pointer see {@link FieldChange#pointer()}
     * @param oldValue the old value
     * @param newValue the new value
     */
    record Changed(String pointer, JsonValue oldValue, JsonValue newValue) implements FieldChange {
        /** Creates the change; no component may be null. */
        public Changed {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(oldValue, "oldValue");
            Objects.requireNonNull(newValue, "newValue");
        }

        @Override
        public Optional<JsonValue> before() {
            return Optional.of(oldValue);
        }

        @Override
        public Optional<JsonValue> after() {
            return Optional.of(newValue);
        }
    }
}
