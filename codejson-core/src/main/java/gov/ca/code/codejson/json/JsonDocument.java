package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON text as read: its root value, the encoding it was decoded from, the member names
 * that appeared more than once in one object and every distinct member name.
 *
 * @param root the root value
 * @param encoding the name of the character encoding detected, such as {@code UTF-8} or {@code UTF-16LE}
 * @param byteOrderMark whether the input started with a byte order mark
 * @param duplicates the repeated member names, in document order
 * @param memberNames every member name of every object at any depth, once each; it tells at once
 *     whether a name occurs anywhere, without walking the tree again
 * @param arrayMemberNames the member names whose value is an array in at least one object, once each
 */
public record JsonDocument(JsonValue root, String encoding, boolean byteOrderMark, List<DuplicateMember> duplicates,
        Set<String> memberNames, Set<String> arrayMemberNames) {

    /** Creates a document; the duplicate list and the names are copied. */
    public JsonDocument {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(encoding, "encoding");
        duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
        memberNames = Set.copyOf(memberNames);
        arrayMemberNames = Set.copyOf(arrayMemberNames);
    }

    /**
     * Creates a document of a tree built in code, collecting its member names from the tree.
     *
     * @param root the root value
     * @param encoding the name of the character encoding
     * @param byteOrderMark whether the text starts with a byte order mark
     * @param duplicates the repeated member names, in document order
     */
    public JsonDocument(JsonValue root, String encoding, boolean byteOrderMark, List<DuplicateMember> duplicates) {
        this(root, encoding, byteOrderMark, duplicates, Names.of(root));
    }

    private JsonDocument(JsonValue root, String encoding, boolean byteOrderMark, List<DuplicateMember> duplicates, Names names) {
        this(root, encoding, byteOrderMark, duplicates, names.all(), names.ofArrays());
    }

    /** The distinct member names of a tree and those of them that hold an array, from one walk. */
    private record Names(Set<String> all, Set<String> ofArrays) {

        /** Walks with a stack of its own, as deep trees overflow recursion. */
        static Names of(JsonValue root) {
            Names names = new Names(new HashSet<>(), new HashSet<>());
            Deque<JsonValue> pending = new ArrayDeque<>();
            pending.push(Objects.requireNonNull(root, "root"));
            while (!pending.isEmpty()) {
                JsonValue v = pending.pop();
                if (v instanceof JsonValue.JsonObject o) {
                    for (JsonValue.Member m : o.members()) {
                        names.all.add(m.name());
                        if (m.value() instanceof JsonValue.JsonArray) {
                            names.ofArrays.add(m.name());
                        }
                        pending.push(m.value());
                    }
                } else if (v instanceof JsonValue.JsonArray a) {
                    a.elements().forEach(pending::push);
                }
            }
            return names;
        }
    }

    /**
     * A member name repeated within one object. JSON parsers keep the last value, so the earlier
     * ones are silently ignored by every other tool; codejson reports them.
     *
     * @param pointer the pointer of the member
     * @param location where the repeated name stands
     * @param firstLocation where the name first stood
     */
    public record DuplicateMember(String pointer, Location location, Location firstLocation) {
        /** Creates the record. */
        public DuplicateMember {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(firstLocation, "firstLocation");
        }
    }
}
