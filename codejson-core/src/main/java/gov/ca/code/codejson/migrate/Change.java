package gov.ca.code.codejson.migrate;

import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;

/**
 * One change a migration made: a value added, dropped, replaced, or only moved. Each kind is its
 * own record, so that a value that did not exist on one side is not there rather than null.
 */
public sealed interface Change permits Change.Added, Change.Dropped, Change.Replaced, Change.Moved {

    /** {@return where the value is in the migrated document (RFC 6901); for a value that was dropped, where it would have been} */
    String pointer();

    /** {@return where the value was in the original document, equal to {@link #pointer()} when it did not move} */
    String from();

    /** {@return why, in one sentence} */
    String reason();

    /** {@return the value before, empty when the field did not exist} */
    Optional<JsonValue> before();

    /** {@return the value after, empty when the field was removed} */
    Optional<JsonValue> after();

    /** {@return whether the value was removed and has no place in the migrated document} */
    default boolean dropped() {
        return this instanceof Dropped;
    }

    /** {@return whether only the name or place of the value changed} */
    default boolean moved() {
        return this instanceof Moved && !pointer().equals(from());
    }

    /**
     * A value the original document did not have.
     *
     * @param pointer see {@link Change#pointer()}
     * @param from see {@link Change#from()}
     * @param value the value after
     * @param reason see {@link Change#reason()}
     */
    record Added(String pointer, String from, JsonValue value, String reason) implements Change {
        /** Creates the change; no component may be null. */
        public Added {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
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
     * A value the migrated document does not have.
     *
     * @param pointer see {@link Change#pointer()}
     * @param from see {@link Change#from()}
     * @param value the value before
     * @param reason see {@link Change#reason()}
     */
    record Dropped(String pointer, String from, JsonValue value, String reason) implements Change {
        /** Creates the change; no component may be null. */
        public Dropped {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
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
     * A value that became another.
     *
     * @param pointer see {@link Change#pointer()}
     * @param from see {@link Change#from()}
     * @param oldValue the value before
     * @param newValue the value after
     * @param reason see {@link Change#reason()}
     */
    record Replaced(String pointer, String from, JsonValue oldValue, JsonValue newValue, String reason) implements Change {
        /** Creates the change; no component may be null. */
        public Replaced {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(oldValue, "oldValue");
            Objects.requireNonNull(newValue, "newValue");
            Objects.requireNonNull(reason, "reason");
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

    /**
     * A change that names no value on either side, such as a field that only got a new name or place.
     *
     * @param pointer see {@link Change#pointer()}
     * @param from see {@link Change#from()}
     * @param reason see {@link Change#reason()}
     */
    record Moved(String pointer, String from, String reason) implements Change {
        /** Creates the change; no component may be null. */
        public Moved {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<JsonValue> before() {
            return Optional.empty();
        }

        @Override
        public Optional<JsonValue> after() {
            return Optional.empty();
        }
    }
}
