package gov.ca.code.codejson.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.ca.code.codejson.json.JsonValue;

/**
 * The members of an object that its schema does not define, kept in document order so that they
 * are written back after the known ones.
 *
 * @param members the unknown members
 */
public record Unknown(List<JsonValue.Member> members) {

    /** No unknown members. */
    public static final Unknown NONE = new Unknown(List.of());

    /** Creates the record; the list is copied. */
    public Unknown {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
    }

    /** {@return whether there are none} */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** {@return the value of an unknown member} */
    public Optional<JsonValue> get(String name) {
        return members.stream().filter(m -> m.name().equals(name)).map(JsonValue.Member::value).findFirst();
    }
}
