package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds JSON objects in code, members in the order they are added, for reports that
 * {@link JsonWriter} then writes canonically.
 *
 * <pre>{@code
 * JsonValue report = JsonBuilder.object().put("file", "code.json").put("valid", true).build();
 * }</pre>
 */
public final class JsonBuilder {

    private final List<JsonValue.Member> members = new ArrayList<>();

    private JsonBuilder() {
    }

    /** {@return a builder for an empty object} */
    public static JsonBuilder object() {
        return new JsonBuilder();
    }

    /** {@return the member with a string value, or a null value when {@code value} is null} */
    public JsonBuilder put(String name, @Nullable String value) {
        return put(name, value == null ? nul() : new JsonValue.JsonString(value, Location.UNKNOWN));
    }

    /** {@return the builder with a number member} */
    public JsonBuilder put(String name, long value) {
        return put(name, new JsonValue.JsonNumber(Long.toString(value), Location.UNKNOWN));
    }

    /** {@return the builder with a number member written as a plain decimal, or null} */
    public JsonBuilder put(String name, @Nullable BigDecimal value) {
        return put(name, value == null ? nul() : new JsonValue.JsonNumber(value.toPlainString(), Location.UNKNOWN));
    }

    /** {@return the builder with a boolean member} */
    public JsonBuilder put(String name, boolean value) {
        return put(name, new JsonValue.JsonBoolean(value, Location.UNKNOWN));
    }

    /** {@return the builder with a member holding a built object} */
    public JsonBuilder put(String name, JsonBuilder value) {
        return put(name, value.build());
    }

    /** {@return the builder with a member holding any value} */
    public JsonBuilder put(String name, JsonValue value) {
        members.add(new JsonValue.Member(name, value, Location.UNKNOWN));
        return this;
    }

    /** {@return the object built so far} */
    public JsonValue.JsonObject build() {
        return new JsonValue.JsonObject(members, Location.UNKNOWN);
    }

    /** {@return an array of values} */
    public static JsonValue.JsonArray array(List<? extends JsonValue> elements) {
        return new JsonValue.JsonArray(List.copyOf(elements), Location.UNKNOWN);
    }

    /** {@return an array of strings} */
    public static JsonValue.JsonArray strings(List<String> values) {
        return array(values.stream().map(v -> (JsonValue) new JsonValue.JsonString(v, Location.UNKNOWN)).toList());
    }

    /** {@return the null literal} */
    public static JsonValue nul() {
        return new JsonValue.JsonNull(Location.UNKNOWN);
    }
}
