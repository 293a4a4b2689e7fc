package gov.ca.code.codejson.model;

import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;

import org.jspecify.annotations.Nullable;

/**
 * The value of one field of a code.json object as the file has it: absent, an explicit
 * {@code null}, a well-typed value, or a value of the wrong type kept exactly as written.
 *
 * <p>Keeping the four cases apart is what lets codejson write back what it read and report a
 * wrong value instead of coercing it or throwing.
 *
 * @param <T> the type the schema expects
 */
public sealed interface Property<T> permits Property.Absent, Property.Null, Property.Present, Property.Invalid {

    /** {@return an absent property} */
    @SuppressWarnings("unchecked")
    static <T> Property<T> absent() {
        return (Property<T>) Absent.INSTANCE;
    }

    /** {@return an explicit {@code null}} */
    static <T> Property<T> ofNull() {
        return new Null<>(Location.UNKNOWN);
    }

    /** {@return a present value, or an absent property when {@code value} is null} */
    static <T> Property<T> of(@Nullable T value) {
        return value == null ? absent() : new Present<>(value, Location.UNKNOWN);
    }

    /** {@return the value when it is present and well-typed} */
    default Optional<T> value() {
        return this instanceof Present<T> p ? Optional.of(p.get()) : Optional.empty();
    }

    /** {@return the value when present and well-typed, else {@code fallback}} */
    default T orElse(T fallback) {
        return this instanceof Present<T> p ? p.get() : fallback;
    }

    /** {@return whether the field appears in the object, with any value} */
    default boolean isDefined() {
        return !(this instanceof Absent);
    }

    /** {@return where the value starts, or {@link Location#UNKNOWN}} */
    Location location();

    /** The field does not appear. */
    final class Absent<T> implements Property<T> {
        private static final Absent<Object> INSTANCE = new Absent<>();

        private Absent() {
        }

        @Override
        public Location location() {
            return Location.UNKNOWN;
        }

        @Override
        public String toString() {
            return "Absent";
        }
    }

    /**
     * The field is an explicit JSON {@code null}.
     *
     * @param location where the literal stands
     */
    record Null<T>(Location location) implements Property<T> {
        /** Creates the value. */
        public Null {
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * The field has a value of the expected type.
     *
     * @param get the value
     * @param location where the value starts
     */
    record Present<T>(T get, Location location) implements Property<T> {
        /** Creates the value. */
        public Present {
            Objects.requireNonNull(get, "value");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * The field has a value that is not of the expected type, or not one of the allowed values,
     * kept exactly as written.
     *
     * @param raw the value as read
     * @param expected what the schema expects, for messages, such as {@code "string"}
     * @param allowed for an enumeration, the allowed spellings in schema order; otherwise empty
     */
    record Invalid<T>(JsonValue raw, String expected, java.util.List<String> allowed) implements Property<T> {
        /** Creates the value. */
        public Invalid {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(expected, "expected");
            allowed = java.util.List.copyOf(allowed);
        }

        @Override
        public Location location() {
            return raw.location();
        }
    }
}
