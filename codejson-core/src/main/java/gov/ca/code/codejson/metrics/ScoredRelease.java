package gov.ca.code.codejson.metrics;

import java.util.Objects;

/**
 * One release of an inventory with its data-quality score.
 *
 * @param key the identity of the release across quarters (see {@link ReleaseKeys})
 * @param name its name, or {@code ""}
 * @param organization its organization, or {@code ""}
 * @param usageType its usage type as written, or {@code ""}
 * @param score its score
 */
public record ScoredRelease(String key, String name, String organization, String usageType, ReleaseScore score) {

    /** Creates the record. */
    public ScoredRelease {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(usageType, "usageType");
        Objects.requireNonNull(score, "score");
    }
}
