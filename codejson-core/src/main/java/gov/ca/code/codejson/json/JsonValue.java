package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value exactly as it was read, with the location where it starts.
 *
 * <p>Objects keep their members in document order, including repeated names, so that nothing of
 * the input is lost. Numbers keep the text they were written with.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
                JsonValue.JsonBoolean, JsonValue.JsonNull {

    /** {@return where the value starts, or {@link Location#UNKNOWN}} */
    Location location();

    /** {@return the JSON type name of this value, as JSON Schema spells it} */
    String typeName();

    /**
     * One member of an object.
     *
     * @param name the member name
     * @param value the member value
     * @param location where the member name starts
     */
    record Member(String name, JsonValue value, Location location) {
        /** Creates a member; no component may be null. */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A JSON object.
     *
     * @param members the members in document order; a name may repeat
     * @param location where the opening brace stands
     */
    record JsonObject(List<Member> members, Location location) implements JsonValue {
        /** Creates an object; the member list is copied. */
        public JsonObject {
            members = List.copyOf(members);
            Objects.requireNonNull(location, "location");
        }

        /** {@return the value of the last member with this name, as JSON parsers resolve repeats} */
        public Optional<JsonValue> get(String name) {
            return member(name).map(Member::value);
        }

        /** {@return the last member with this name} */
        public Optional<Member> member(String name) {
            for (int i = members.size() - 1; i >= 0; i--) {
                if (members.get(i).name().equals(name)) {
                    return Optional.of(members.get(i));
                }
            }
            return Optional.empty();
        }

        /** {@return the distinct member names in order of first appearance} */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (Member m : members) {
                if (!names.contains(m.name())) {
                    names.add(m.name());
                }
            }
            return List.copyOf(names);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /**
     * A JSON array.
     *
     * @param elements the elements in order
     * @param location where the opening bracket stands
     */
    record JsonArray(List<JsonValue> elements, Location location) implements JsonValue {
        /** Creates an array; the element list is copied. */
        public JsonArray {
            elements = List.copyOf(elements);
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /**
     * A JSON string.
     *
     * @param value the decoded string
     * @param location where the opening quote stands
     */
    record JsonString(String value, Location location) implements JsonValue {
        /** Creates a string value. */
        public JsonString {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /**
     * A JSON number.
     *
     * @param text the number as written, which the canonical writer reproduces
     * @param location where the number starts
     */
    record JsonNumber(String text, Location location) implements JsonValue {
        /** Creates a number; the text must be a JSON number. */
        public JsonNumber {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
            new BigDecimal(text);
        }

        /** Creates a number from a decimal value. */
        public static JsonNumber of(BigDecimal value) {
            return new JsonNumber(value.toString(), Location.UNKNOWN);
        }

        /** {@return the numeric value} */
        public BigDecimal decimal() {
            return new BigDecimal(text);
        }

        /** {@return whether the number has no fractional part, as JSON Schema's {@code integer} demands} */
        public boolean isIntegral() {
            BigDecimal d = decimal();
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String typeName() {
            return isIntegral() ? "integer" : "number";
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value the value
     * @param location where the literal starts
     */
    record JsonBoolean(boolean value, Location location) implements JsonValue {
        /** Creates a boolean value. */
        public JsonBoolean {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /**
     * The JSON {@code null} literal.
     *
     * @param location where the literal starts
     */
    record JsonNull(Location location) implements JsonValue {
        /** Creates a null value. */
        public JsonNull {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String typeName() {
            return "null";
        }
    }
}
