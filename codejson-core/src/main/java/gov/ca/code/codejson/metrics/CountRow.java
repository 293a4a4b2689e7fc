package gov.ca.code.codejson.metrics;

import java.util.Objects;

/**
 * One row of a count table, with the previous quarter's count when there is one.
 *
 * @param key the value counted
 * @param count the count now
 * @param previous the count in the previous inventory; zero when there is none
 */
public record CountRow(String key, long count, long previous) {

    /** Creates the row. */
    public CountRow {
        Objects.requireNonNull(key, "key");
    }

    /** {@return count minus previous} */
    public long delta() {
        return count - previous;
    }
}
