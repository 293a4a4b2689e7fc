package gov.ca.code.codejson.merge;

import java.util.List;
import java.util.Objects;

/**
 * A group of entries that describe the same release, of which one survives.
 *
 * @param kind what made them duplicates
 * @param key the normalised repository address or name they share
 * @param name the name of the surviving release
 * @param survivor where the surviving entry came from
 * @param dropped where the entries left out came from, in input order
 * @param reason why the survivor was chosen, in words
 */
public record Duplicate(DuplicateKind kind, String key, String name, EntryOrigin survivor, List<EntryOrigin> dropped,
        String reason) {

    /** Creates the record; the list is copied. */
    public Duplicate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(survivor, "survivor");
        dropped = List.copyOf(Objects.requireNonNull(dropped, "dropped"));
        Objects.requireNonNull(reason, "reason");
    }
}
