package gov.ca.code.codejson.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.TextPosition;
import gov.ca.code.codejson.diagnostic.Location;

import org.jspecify.annotations.Nullable;

/**
 * The value of one field of a code.json object as the file has it: absent, an explicit
 * {@code null}, a well-typed value, or a value of the wrong type kept exactly as written.
 *
 * <p>Keeping the four cases apart is what lets codejson write back what it read and report a
 * wrong value instead of coercing it or throwing. Where a value starts is kept packed in one
 * {@code long}, as {@link TextPosition} packs it, and becomes a {@link Location} only when asked
 * for: a national inventory holds millions of properties, and a message needs few locations.
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
        return new Null<>(TextPosition.UNKNOWN);
    }

    /**
     * {@return a present value, or an absent property when {@code value} is null} A list is copied
     * (an unmodifiable one is taken as it is), so that the caller's list, changed later, cannot change
     * the record that holds it.
     */
    static <T> Property<T> of(@Nullable T value) {
        if (value == null) {
            return absent();
        }
        return new Present<>(value, TextPosition.UNKNOWN, "");
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

    /** {@return where the value starts, packed as {@link TextPosition} does} */
    default long position() {
        return TextPosition.of(location());
    }

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
     * @param position where the literal stands, packed as {@link TextPosition} does
     */
    record Null<T>(long position) implements Property<T> {
        /**
         * Creates the value at a location.
         *
         * @param location where the literal stands
         */
        public Null(Location location) {
            this(TextPosition.of(location));
        }

        @Override
        public Location location() {
            return TextPosition.location(position);
        }
    }

    /**
     * The field has a value of the expected type.
     *
     * @param get the value
     * @param position where the value starts, packed as {@link TextPosition} does
     * @param written the number as the file wrote it when that differs from the value's own spelling,
     *        such as {@code 1.0}, {@code 1e2} or {@code -0} for an integer, so that writing the model
     *        back gives the same text; otherwise empty
     */
    record Present<T>(T get, long position, String written) implements Property<T> {
        /**
         * Creates the value. A list is copied (an unmodifiable one is taken as it is), so that the
         * caller's list, changed later, cannot change the record that holds it; it may not hold null.
         */
        public Present {
            Objects.requireNonNull(get, "value");
            Objects.requireNonNull(written, "written");
            // Asking a String or a record whether it is a List scans its interfaces, and a read makes
            // millions of values: classes are asked first, which costs a comparison or two.
            if (!(get instanceof String || get instanceof Number || get instanceof Record || get instanceof Enum<?>
                    || get instanceof Boolean) && get instanceof List<?> list) {
                get = copied(list);
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T copied(List<?> list) {
            try {
                return (T) List.copyOf(list);
            } catch (NullPointerException e) {
                throw new NullPointerException("the list holds a null element at index " + list.indexOf(null)
                        + "; an element is a Property, such as Property.of(value), never null");
            }
        }

        /**
         * Creates a value written in its own spelling.
         *
         * @param get the value
         * @param position where the value starts, packed as {@link TextPosition} does
         */
        public Present(T get, long position) {
            this(get, position, "");
        }

        /**
         * Creates a value at a location, written in its own spelling.
         *
         * @param get the value
         * @param location where the value starts
         */
        public Present(T get, Location location) {
            this(get, TextPosition.of(location), "");
        }

        @Override
        public Location location() {
            return TextPosition.location(position);
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

        @Override
        public long position() {
            return raw.position();
        }
    }
}
