package gov.ca.code.codejson.migrate;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.diagnostic.Location;

/** Sets values in JSON text by pointer, as a user filling in a migrated file would. */
final class JsonEdit {

    private JsonEdit() {
    }

    static String set(String json, String pointer, String valueJson) throws JsonReadException {
        JsonValue root = new JsonReader().read(json, "edit").root();
        JsonValue value = new JsonReader().read(valueJson, "value").root();
        return new JsonWriter().write(set(root, JsonPointer.tokens(pointer), 0, value));
    }

    private static JsonValue set(JsonValue node, List<String> tokens, int i, JsonValue value) {
        if (i == tokens.size()) {
            return value;
        }
        String token = tokens.get(i);
        if (node instanceof JsonValue.JsonArray a) {
            List<JsonValue> elements = new ArrayList<>(a.elements());
            int index = Integer.parseInt(token);
            elements.set(index, set(elements.get(index), tokens, i + 1, value));
            return new JsonValue.JsonArray(elements, Location.UNKNOWN);
        }
        JsonValue.JsonObject o = (JsonValue.JsonObject) node;
        List<JsonValue.Member> members = new ArrayList<>();
        boolean found = false;
        for (JsonValue.Member m : o.members()) {
            if (m.name().equals(token)) {
                members.add(new JsonValue.Member(token, set(m.value(), tokens, i + 1, value), Location.UNKNOWN));
                found = true;
            } else {
                members.add(m);
            }
        }
        if (!found) {
            JsonValue child = i + 1 == tokens.size() ? value
                    : set(new JsonValue.JsonObject(List.of(), Location.UNKNOWN), tokens, i + 1, value);
            members.add(new JsonValue.Member(token, child, Location.UNKNOWN));
        }
        return new JsonValue.JsonObject(members, Location.UNKNOWN);
    }
}
