package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;

import org.jspecify.annotations.Nullable;

/** A JSON object under construction that keeps the order of its members. */
final class Tree {

    private final Map<String, JsonValue> members = new LinkedHashMap<>();

    static Tree of(JsonValue value) {
        Tree tree = new Tree();
        if (value instanceof JsonValue.JsonObject o) {
            for (JsonValue.Member m : o.members()) {
                tree.members.put(m.name(), m.value());
            }
        }
        return tree;
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    @Nullable JsonValue get(String name) {
        return members.get(name);
    }

    @Nullable JsonValue remove(String name) {
        return members.remove(name);
    }

    void put(String name, JsonValue value) {
        members.put(name, value);
    }

    List<String> names() {
        return List.copyOf(members.keySet());
    }

    JsonValue.JsonObject build() {
        List<JsonValue.Member> list = new ArrayList<>(members.size());
        members.forEach((k, v) -> list.add(new JsonValue.Member(k, v, Location.UNKNOWN)));
        return new JsonValue.JsonObject(list, Location.UNKNOWN);
    }

    static JsonValue.JsonString string(String s) {
        return new JsonValue.JsonString(s, Location.UNKNOWN);
    }

    static JsonValue.JsonArray array(List<JsonValue> elements) {
        return new JsonValue.JsonArray(elements, Location.UNKNOWN);
    }

    /** {@return the string value, or null when the value is absent or not a string} */
    static @Nullable String text(@Nullable JsonValue value) {
        return value instanceof JsonValue.JsonString s ? s.value() : null;
    }

    /** {@return whether the value is absent or an explicit null} */
    static boolean missing(@Nullable JsonValue value) {
        return value == null || value instanceof JsonValue.JsonNull;
    }
}
