package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

/**
 * A {@link Location} packed into one {@code long}: the line in the high 32 bits, the column in the
 * low 32. The reader keeps one such number per value and per member name rather than a
 * {@code Location} object, which is made only when a message asks for it; on a national inventory
 * that is millions of objects fewer.
 */
public final class TextPosition {

    /** The packed form of {@link Location#UNKNOWN}. */
    public static final long UNKNOWN = 0L;

    private TextPosition() {
    }

    /** {@return the packed form of a line and column, each at least 0} */
    public static long of(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    /** {@return the packed form of a location} */
    public static long of(Location location) {
        return of(location.line(), location.column());
    }

    /** {@return the location of a packed position} */
    public static Location location(long position) {
        return position == UNKNOWN ? Location.UNKNOWN : new Location((int) (position >>> 32), (int) position);
    }
}
