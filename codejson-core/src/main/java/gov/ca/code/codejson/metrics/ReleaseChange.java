package gov.ca.code.codejson.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A release present in both inventories whose content differs.
 *
 * @param release the release, as the new inventory names it
 * @param changes the fields that differ, in the order of the new release's fields, removed fields last
 */
public record ReleaseChange(ReleaseRef release, List<FieldChange> changes) {

    /** Creates the record; the list is copied. */
    public ReleaseChange {
        Objects.requireNonNull(release, "release");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }
}
