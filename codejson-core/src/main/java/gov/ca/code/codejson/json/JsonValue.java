package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    default Location location() {
        return TextPosition.location(position());
    }

    /** {@return where the value starts, packed as {@link TextPosition} does} */
    long position();

    /** {@return the JSON type name of this value, as JSON Schema spells it} */
    String typeName();

    /**
     * How deeply arrays and objects nest in a value, counted as the reader's
     * {@link ReadLimits#maxNestingDepth()} counts them: a scalar is 0, {@code {}} and {@code []} are 1.
     *
     * @param value the value
     * @return the depth of its deepest array or object
     */
    static int depth(JsonValue value) {
        // An explicit stack: a tree built in code need not respect any reading limit.
        int deepest = 0;
        ArrayDeque<JsonValue> values = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        values.push(value);
        depths.push(0);
        while (!values.isEmpty()) {
            JsonValue v = values.pop();
            int d = depths.pop();
            if (v instanceof JsonObject o) {
                deepest = Math.max(deepest, d + 1);
                for (Member m : o.members()) {
                    values.push(m.value());
                    depths.push(d + 1);
                }
            } else if (v instanceof JsonArray a) {
                deepest = Math.max(deepest, d + 1);
                for (JsonValue e : a.elements()) {
                    values.push(e);
                    depths.push(d + 1);
                }
            }
        }
        return deepest;
    }

    /**
     * One member of an object.
     *
     * @param name the member name
     * @param value the member value
     * @param position where the member name starts, packed as {@link TextPosition} does
     */
    record Member(String name, JsonValue value, long position) {
        /** Creates a member; no component may be null. */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        /**
         * Creates a member.
         *
         * @param name the member name
         * @param value the member value
         * @param location where the member name starts
         */
        public Member(String name, JsonValue value, Location location) {
            this(name, value, TextPosition.of(location));
        }

        /** {@return where the member name starts, or {@link Location#UNKNOWN}} */
        public Location location() {
            return TextPosition.location(position);
        }
    }

    /**
     * A JSON object.
     *
     * @param members the members in document order; a name may repeat
     * @param position where the opening brace stands, packed as {@link TextPosition} does
     */
    record JsonObject(List<Member> members, long position) implements JsonValue {
        /** Up to this many members, a scan finds repeated names faster than a set. */
        private static final int SMALL = 8;

        /** Creates an object; the member list is copied, unless the reader made it for this object. */
        public JsonObject {
            members = ReadList.copyUnlessRead(Objects.requireNonNull(members, "members"));
        }

        /**
         * Creates the value at a location.
         *
         * @param members see the record component
         * @param location where the value starts
         */
        public JsonObject(List<Member> members, Location location) {
            this(members, TextPosition.of(location));
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
            if (members.size() > SMALL) {
                // A set, so that an object with very many members is listed in time linear in their number.
                Set<String> names = new LinkedHashSet<>();
                for (Member m : members) {
                    names.add(m.name());
                }
                return List.copyOf(names);
            }
            List<String> names = new ArrayList<>(members.size());
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
     * @param position where the opening bracket stands, packed as {@link TextPosition} does
     */
    record JsonArray(List<JsonValue> elements, long position) implements JsonValue {
        /** Creates an array; the element list is copied, unless the reader made it for this array. */
        public JsonArray {
            elements = ReadList.copyUnlessRead(Objects.requireNonNull(elements, "elements"));
        }

        /**
         * Creates the value at a location.
         *
         * @param elements see the record component
         * @param location where the value starts
         */
        public JsonArray(List<JsonValue> elements, Location location) {
            this(elements, TextPosition.of(location));
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
     * @param position where the opening quote stands, packed as {@link TextPosition} does
     */
    record JsonString(String value, long position) implements JsonValue {
        /** Creates a string value. */
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        /**
         * Creates the value at a location.
         *
         * @param value see the record component
         * @param location where the value starts
         */
        public JsonString(String value, Location location) {
            this(value, TextPosition.of(location));
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
     * @param position where the number starts, packed as {@link TextPosition} does
     */
    record JsonNumber(String text, long position) implements JsonValue {
        /** Creates a number; the text must be a JSON number. */
        public JsonNumber {
            Objects.requireNonNull(text, "text");
            if (!isJsonNumber(text)) {
                // Not JSON's grammar: accepted when it is a decimal Java reads, such as "+1", else rejected.
                new BigDecimal(text);
            }
        }

        /**
         * Creates the value at a location.
         *
         * @param text see the record component
         * @param location where the value starts
         */
        public JsonNumber(String text, Location location) {
            this(text, TextPosition.of(location));
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
            if (isPlainInteger(text)) {
                return true;
            }
            BigDecimal d = decimal();
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        }

        @Override
        public String typeName() {
            return isIntegral() ? "integer" : "number";
        }

        /** {@return whether the text is digits with an optional minus sign, which needs no decimal to be known integral} */
        private static boolean isPlainInteger(String text) {
            int start = text.startsWith("-") ? 1 : 0;
            if (start == text.length()) {
                return false;
            }
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the text follows JSON's number grammar, checked in one pass without building a
         * decimal: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}.
         */
        static boolean isJsonNumber(String t) {
            int n = t.length();
            int i = 0;
            if (i < n && t.charAt(i) == '-') {
                i++;
            }
            if (i >= n) {
                return false;
            }
            if (t.charAt(i) == '0') {
                i++;
            } else {
                int start = i;
                i = digits(t, i);
                if (i == start) {
                    return false;
                }
            }
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                i = digits(t, i);
                if (i == start) {
                    return false;
                }
            }
            if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
                i++;
                if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                    i++;
                }
                int start = i;
                i = digits(t, i);
                // An exponent of ten digits or more may not fit a decimal's scale: the decimal decides.
                if (i == start || i - start > 9) {
                    return false;
                }
            }
            return i == n;
        }

        private static int digits(String t, int from) {
            int i = from;
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            return i;
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value the value
     * @param position where the literal starts, packed as {@link TextPosition} does
     */
    record JsonBoolean(boolean value, long position) implements JsonValue {

        /**
         * Creates the value at a location.
         *
         * @param value see the record component
         * @param location where the value starts
         */
        public JsonBoolean(boolean value, Location location) {
            this(value, TextPosition.of(location));
        }

        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /**
     * The JSON {@code null} literal.
     *
     * @param position where the literal starts, packed as {@link TextPosition} does
     */
    record JsonNull(long position) implements JsonValue {

        /**
         * Creates the value at a location.
         *
         * @param location where the value starts
         */
        public JsonNull(Location location) {
            this(TextPosition.of(location));
        }

        @Override
        public String typeName() {
            return "null";
        }
    }
}
