package gov.ca.code.codejson.merge;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Location;

/**
 * Where one release of an aggregate was read.
 *
 * @param input the {@link MergeInput#origin() origin} of its input
 * @param pointer the JSON pointer of the release inside the input, such as {@code /releases/3}
 * @param location where the release starts in the input's text, or {@link Location#UNKNOWN}
 */
public record EntryOrigin(String input, String pointer, Location location) {

    /** Creates the origin. */
    public EntryOrigin {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(location, "location");
    }

    /** {@return the origin as one text, such as {@code a/code.json:12:5 /releases/3}} */
    @Override
    public String toString() {
        return input + (location.isKnown() ? ":" + location : "") + " " + pointer;
    }
}
