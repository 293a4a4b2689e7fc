package gov.ca.code.codejson.metrics;

import java.util.Objects;

/**
 * How many releases have one value.
 *
 * @param key the value, such as {@code openSource} or {@code (missing)}
 * @param count how many releases have it
 */
public record Count(String key, long count) {

    /** Creates the count. */
    public Count {
        Objects.requireNonNull(key, "key");
    }
}
