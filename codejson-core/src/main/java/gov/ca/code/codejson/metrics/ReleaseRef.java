package gov.ca.code.codejson.metrics;

import java.util.Objects;

/**
 * A release named in a comparison.
 *
 * @param key its identity (see {@link ReleaseKeys})
 * @param name its name, or {@code ""}
 * @param organization its organization, or {@code ""}
 */
public record ReleaseRef(String key, String name, String organization) {

    /** Creates the record. */
    public ReleaseRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organization, "organization");
    }
}
