package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 6901 JSON Pointers: building them and finding where they point in a read document.
 */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** {@return the pointer {@code base} extended by one member name, escaped as RFC 6901 demands} */
    public static String append(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@return the pointer {@code base} extended by one array index} */
    public static String append(String base, int index) {
        return base + "/" + index;
    }

    /** {@return the unescaped reference tokens of a pointer} */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /**
     * Finds the location a pointer refers to. When the pointer names a member that is absent, the
     * location of the deepest value that does exist is returned, which is where a user would add it.
     *
     * @param root the document
     * @param pointer an RFC 6901 pointer
     * @return the best location, {@link Location#UNKNOWN} when the document has none
     */
    public static Location locate(JsonValue root, String pointer) {
        JsonValue current = root;
        for (String token : tokens(pointer)) {
            JsonValue next = null;
            if (current instanceof JsonValue.JsonObject object) {
                next = object.get(token).orElse(null);
            } else if (current instanceof JsonValue.JsonArray array && isIndex(token)) {
                int index = Integer.parseInt(token);
                next = index < array.elements().size() ? array.elements().get(index) : null;
            }
            if (next == null) {
                return current.location();
            }
            current = next;
        }
        return current.location();
    }

    /**
     * Finds the value a pointer refers to.
     *
     * @param root the document
     * @param pointer an RFC 6901 pointer
     * @return the value, which may be a JSON null; empty when a member or element on the way is absent
     */
    public static Optional<JsonValue> resolve(JsonValue root, String pointer) {
        JsonValue current = root;
        for (String token : tokens(pointer)) {
            if (current instanceof JsonValue.JsonObject object) {
                current = object.get(token).orElse(null);
            } else if (current instanceof JsonValue.JsonArray array && isIndex(token)
                    && Integer.parseInt(token) < array.elements().size()) {
                current = array.elements().get(Integer.parseInt(token));
            } else {
                return Optional.empty();
            }
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
