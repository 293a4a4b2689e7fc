package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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
        return new Locator(root).locate(pointer);
    }

    /**
     * Locates many pointers in one document, as a validation that reports on very many members
     * does: an object with many members is indexed by name once, at its first look-up, so that
     * locating each of its members does not scan it again (which would take time quadratic in its
     * size). The index keeps the last member of a repeated name, as {@link JsonValue.JsonObject#get} does.
     */
    public static final class Locator {
        /** Up to this many members a scan is cheaper than an index. */
        private static final int SCAN = 16;

        private final JsonValue root;
        private @Nullable Map<JsonValue.JsonObject, Map<String, JsonValue>> indexes;

        /**
         * Creates a locator.
         *
         * @param root the document
         */
        public Locator(JsonValue root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /**
         * Finds the location a pointer refers to, as {@link JsonPointer#locate} does.
         *
         * @param pointer an RFC 6901 pointer
         * @return the best location, {@link Location#UNKNOWN} when the document has none
         */
        public Location locate(String pointer) {
            return locate(root, pointer);
        }

        /** {@return the document this locator finds values in} */
        public JsonValue root() {
            return root;
        }

        /**
         * Finds the location a pointer refers to from a value of the document, as
         * {@link #locate(String)} does from its root.
         *
         * @param from a value of the document, such as one found with {@link #child}
         * @param pointer an RFC 6901 pointer relative to that value
         * @return the best location, {@link Location#UNKNOWN} when the document has none
         */
        public Location locate(JsonValue from, String pointer) {
            JsonValue current = from;
            for (String token : tokens(pointer)) {
                JsonValue next = child(current, token);
                if (next == null) {
                    return current.location();
                }
                current = next;
            }
            return current.location();
        }

        /**
         * {@return the member or element one reference token names in a value, or null when it has none}
         *
         * @param parent a value of the document
         * @param token an unescaped reference token: a member name, or an array index
         */
        public @Nullable JsonValue child(JsonValue parent, String token) {
            if (parent instanceof JsonValue.JsonObject object) {
                return member(object, token);
            }
            if (parent instanceof JsonValue.JsonArray array && isIndex(token)) {
                int index = Integer.parseInt(token);
                return index < array.elements().size() ? array.elements().get(index) : null;
            }
            return null;
        }

        private @Nullable JsonValue member(JsonValue.JsonObject object, String name) {
            if (object.members().size() <= SCAN) {
                return object.get(name).orElse(null);
            }
            if (indexes == null) {
                indexes = new IdentityHashMap<>();
            }
            return indexes.computeIfAbsent(object, o -> {
                Map<String, JsonValue> byName = new HashMap<>();
                for (JsonValue.Member m : o.members()) {
                    byName.put(m.name(), m.value());
                }
                return byName;
            }).get(name);
        }
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
        if (token.isEmpty() || token.length() >= 10) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
