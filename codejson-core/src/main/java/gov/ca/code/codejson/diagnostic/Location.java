package gov.ca.code.codejson.diagnostic;

/**
 * Where a value starts in the text it was read from: 1-based line and column.
 *
 * <p>Values built in code rather than read from text have {@link #UNKNOWN}.
 *
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(int line, int column) {

    /** The location of a value that was not read from text. */
    public static final Location UNKNOWN = new Location(0, 0);

    /**
     * Creates a location.
     *
     * @throws IllegalArgumentException when a coordinate is negative
     */
    public Location {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** {@return whether this location points into a text} */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "?";
    }
}
