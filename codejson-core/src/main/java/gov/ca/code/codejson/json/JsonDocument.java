package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.util.List;
import java.util.Objects;

/**
 * A JSON text as read: its root value, the encoding it was decoded from and the member names
 * that appeared more than once in one object.
 *
 * @param root the root value
 * @param encoding the name of the character encoding detected, such as {@code UTF-8} or {@code UTF-16LE}
 * @param byteOrderMark whether the input started with a byte order mark
 * @param duplicates the repeated member names, in document order
 */
public record JsonDocument(JsonValue root, String encoding, boolean byteOrderMark, List<DuplicateMember> duplicates) {

    /** Creates a document; the duplicate list is copied. */
    public JsonDocument {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(encoding, "encoding");
        duplicates = List.copyOf(duplicates);
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
