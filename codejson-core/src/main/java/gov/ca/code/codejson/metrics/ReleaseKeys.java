package gov.ca.code.codejson.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.merge.RepositoryUrls;

/**
 * The identity of a release from one quarter to the next: its normalised repository address
 * ({@link RepositoryUrls#key}), or, without one, {@code name:} followed by its normalised
 * organization and name. When an inventory holds the same identity more than once, the second
 * and later occurrences get {@code #2}, {@code #3}, ... in inventory order.
 */
final class ReleaseKeys {

    private ReleaseKeys() {
    }

    /**
     * Returns the identity of every release.
     *
     * @param releases the releases, in inventory order
     * @return one key per release, in the same order
     */
    public static List<String> of(List<Release> releases) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Release r : releases) {
            String base = RepositoryUrls.key(r.repositoryURL().orElse(null)).orElseGet(() -> "name:"
                    + RepositoryUrls.nameKey(r.organization().orElse(null)).orElse("") + "/"
                    + RepositoryUrls.nameKey(r.name().orElse(null)).orElse(""));
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + " #" + n);
        }
        return List.copyOf(keys);
    }
}
