package gov.ca.code.codejson.generate;

import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.json.JsonValue;

/** Merging of JSON trees, kept in one place so that overlay and update follow the same rules. */
final class JsonMerge {

    private JsonMerge() {
    }

    /**
     * Applies an RFC 7396 merge patch. Members keep the order of the target; new members follow in
     * the order of the patch. The target may be null, which stands for an absent value.
     */
    static JsonValue mergePatch(JsonValue target, JsonValue patch) {
        if (!(patch instanceof JsonValue.JsonObject patchObject)) {
            return patch;
        }
        List<JsonValue.Member> members = new ArrayList<>(
                target instanceof JsonValue.JsonObject t ? t.members() : List.of());
        for (JsonValue.Member p : patchObject.members()) {
            int index = indexOf(members, p.name());
            if (p.value() instanceof JsonValue.JsonNull) {
                if (index >= 0) {
                    members.remove(index);
                }
            } else if (index >= 0) {
                JsonValue.Member old = members.get(index);
                members.set(index, new JsonValue.Member(p.name(), mergePatch(old.value(), p.value()), p.location()));
            } else {
                members.add(new JsonValue.Member(p.name(), mergePatch(null, p.value()), p.location()));
            }
        }
        return new JsonValue.JsonObject(members, patchObject.location());
    }

    /**
     * Replaces in {@code kept} every member that {@code owned} defines, recursing into objects both
     * define, and keeps every other member of {@code kept}. Nothing is ever removed.
     */
    static JsonValue.JsonObject overwrite(JsonValue.JsonObject kept, JsonValue.JsonObject owned) {
        List<JsonValue.Member> members = new ArrayList<>(kept.members());
        for (JsonValue.Member o : owned.members()) {
            int index = indexOf(members, o.name());
            if (index < 0) {
                members.add(o);
                continue;
            }
            JsonValue old = members.get(index).value();
            JsonValue merged = old instanceof JsonValue.JsonObject oldObject && o.value() instanceof JsonValue.JsonObject newObject
                    ? overwrite(oldObject, newObject)
                    : o.value();
            members.set(index, new JsonValue.Member(o.name(), merged, members.get(index).location()));
        }
        return new JsonValue.JsonObject(members, kept.location());
    }

    private static int indexOf(List<JsonValue.Member> members, String name) {
        // The last occurrence wins, as every JSON reader resolves repeated names.
        for (int i = members.size() - 1; i >= 0; i--) {
            if (members.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
