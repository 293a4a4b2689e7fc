package gov.ca.code.codejson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;

/**
 * How the top-level value of a file maps onto the model of its family, so that a file that is not
 * the family's object (a top-level array of releases, a bare release) is read into the model, its
 * violations are reported at pointers into the file, and writing gives back the shape it came in.
 *
 * <p>The model always sees one object of the family, called here the model object. Its pointers
 * are mapped to the file's by {@link #filePointer(String)}; {@link #restore(JsonValue.JsonObject)}
 * turns the model object back into the file's top-level value.
 *
 * @param kind how the file is laid out
 * @param member the name of the model object's array that holds the file's entries ({@code releases}
 *        or {@code projects}, as the file names it); empty for {@link Kind#OBJECT}
 * @param parts for {@link Kind#INVENTORIES}, each element of the file without its {@code member}
 *        array and the number of entries that array held, in file order; empty otherwise
 */
public record RootShape(Kind kind, String member, List<Part> parts) {

    /** The file is the family's object: nothing to map. */
    public static final RootShape OBJECT = new RootShape(Kind.OBJECT, "", List.of());

    /** The layouts of a file. */
    public enum Kind {
        /** The family's object itself. */
        OBJECT,
        /** A top-level array whose elements are the entries of the model object's {@code member} array. */
        ARRAY,
        /** One entry alone, such as a release split out of an inventory: the only element of {@code member}. */
        ENTRY,
        /**
         * A top-level array of inventories: the model object is the first of them, with the entries of
         * every element in its {@code member} array.
         */
        INVENTORIES
    }

    /**
     * One element of a top-level array of inventories.
     *
     * @param head the element without its entries array
     * @param size how many entries the element holds; -1 when it has no entries array
     */
    public record Part(JsonValue.JsonObject head, int size) {
        /** Creates the record; the head may not be null. */
        public Part {
            Objects.requireNonNull(head, "head");
        }

        private int count() {
            return Math.max(size, 0);
        }
    }

    /** Creates the record; no component may be null, and only an {@link Kind#OBJECT} has no member. */
    public RootShape {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (member.isEmpty() != (kind == Kind.OBJECT)) {
            throw new IllegalArgumentException("a " + kind + " root shape needs a member name exactly when it is not an object");
        }
    }

    /**
     * Maps a pointer of the model object to the file.
     *
     * @param pointer a pointer into the model object, with the file's member names
     * @return the pointer into the file; empty for a member the file's layout cannot have (such as
     *         the {@code version} of a top-level array), which is reported once as the layout itself
     */
    public Optional<String> filePointer(String pointer) {
        if (kind == Kind.OBJECT) {
            return Optional.of(pointer);
        }
        List<String> tokens = JsonPointer.tokens(pointer);
        boolean inMember = !tokens.isEmpty() && tokens.get(0).equals(member);
        if (kind == Kind.INVENTORIES) {
            if (!inMember || tokens.size() < 2 || !isIndex(tokens.get(1))) {
                return Optional.of(JsonPointer.append("", 0) + pointer);
            }
            int index = Integer.parseInt(tokens.get(1));
            int offset = 0;
            for (int i = 0; i < parts.size(); i++) {
                int count = parts.get(i).count();
                if (index < offset + count) {
                    String at = JsonPointer.append(JsonPointer.append(JsonPointer.append("", i), member), index - offset);
                    return Optional.of(at + rest(tokens, 2));
                }
                offset += count;
            }
            return Optional.of(JsonPointer.append("", 0) + pointer);
        }
        if (!inMember) {
            return pointer.isEmpty() ? Optional.of("") : Optional.empty();
        }
        if (kind == Kind.ARRAY) {
            return Optional.of(rest(tokens, 1));
        }
        return tokens.size() >= 2 && tokens.get(1).equals("0") ? Optional.of(rest(tokens, 2)) : Optional.of("");
    }

    /**
     * Turns the model object, written with the file's member names, back into the file's top-level value.
     *
     * @param object the model object
     * @return the value to write
     */
    public JsonValue restore(JsonValue.JsonObject object) {
        if (kind == Kind.OBJECT) {
            return object;
        }
        List<JsonValue> entries = object.get(member).orElse(null) instanceof JsonValue.JsonArray a
                ? a.elements() : List.of();
        if (kind == Kind.ARRAY) {
            return new JsonValue.JsonArray(entries, Location.UNKNOWN);
        }
        if (kind == Kind.ENTRY) {
            return entries.isEmpty() ? new JsonValue.JsonObject(List.of(), Location.UNKNOWN) : entries.get(0);
        }
        List<JsonValue> elements = new ArrayList<>(parts.size());
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            // The first element is the model object itself, so that a change to its members is written.
            JsonValue.JsonObject head = i == 0 ? without(object, member) : part.head();
            int end = i == parts.size() - 1 ? entries.size() : Math.min(offset + part.count(), entries.size());
            List<JsonValue.Member> members = new ArrayList<>(head.members());
            if (part.size() >= 0 || end > offset) {
                members.add(new JsonValue.Member(member,
                        new JsonValue.JsonArray(entries.subList(Math.min(offset, end), end), Location.UNKNOWN),
                        Location.UNKNOWN));
            }
            elements.add(new JsonValue.JsonObject(members, head.location()));
            offset = end;
        }
        return new JsonValue.JsonArray(elements, Location.UNKNOWN);
    }

    /**
     * The model object of a file read with the given shape, with the values and locations of the file.
     *
     * @param root the file's top-level value
     * @return the object the model was bound from, before renaming
     */
    JsonValue modelObject(JsonValue root) {
        if (kind == RootShape.Kind.OBJECT) {
            return root;
        }
        if (kind == RootShape.Kind.ENTRY) {
            return new JsonValue.JsonObject(List.of(new JsonValue.Member(member,
                    new JsonValue.JsonArray(List.of(root), root.location()), root.location())), root.location());
        }
        if (!(root instanceof JsonValue.JsonArray array)) {
            return root;
        }
        if (kind == RootShape.Kind.ARRAY) {
            return new JsonValue.JsonObject(List.of(new JsonValue.Member(member, array, array.location())),
                    array.location());
        }
        return inventoriesObject(array.elements().stream().filter(JsonValue.JsonObject.class::isInstance)
                .map(JsonValue.JsonObject.class::cast).toList(), member);
    }

    /** {@return the shape of a top-level array of inventories whose entries are in {@code member}} */
    static RootShape inventories(List<JsonValue.JsonObject> elements, String member) {
        List<RootShape.Part> parts = new ArrayList<>(elements.size());
        for (JsonValue.JsonObject e : elements) {
            parts.add(e.get(member).orElse(null) instanceof JsonValue.JsonArray a
                    ? new Part(without(e, member), a.elements().size())
                    : new Part(e, -1));
        }
        return new RootShape(Kind.INVENTORIES, member, parts);
    }

    /** The first element with the entries of every element, in file order. */
    static JsonValue.JsonObject inventoriesObject(List<JsonValue.JsonObject> elements, String member) {
        List<JsonValue> entries = new ArrayList<>();
        for (JsonValue.JsonObject e : elements) {
            if (e.get(member).orElse(null) instanceof JsonValue.JsonArray a) {
                entries.addAll(a.elements());
            }
        }
        JsonValue.JsonObject first = elements.get(0);
        Location at = first.get(member).map(JsonValue::location).orElse(first.location());
        List<JsonValue.Member> members = new ArrayList<>(without(first, member).members());
        members.add(new JsonValue.Member(member, new JsonValue.JsonArray(entries, at), at));
        return new JsonValue.JsonObject(members, first.location());
    }

    /** {@return the object without the named member} */
    static JsonValue.JsonObject without(JsonValue.JsonObject object, String name) {
        return new JsonValue.JsonObject(object.members().stream().filter(m -> !m.name().equals(name)).toList(),
                object.location());
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }

    private static String rest(List<String> tokens, int from) {
        String out = "";
        for (String t : tokens.subList(from, tokens.size())) {
            out = JsonPointer.append(out, t);
        }
        return out;
    }
}
