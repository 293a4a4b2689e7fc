package gov.ca.code.codejson.harvest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The compliance view of one agency after a harvest.
 *
 * @param agency the agency as the registry lists it
 * @param sources what happened to each of its addresses, in registry order
 * @param releases how many releases its files list
 * @param openSourceShare the share of them that are open source, four decimals
 * @param medianScore the median data-quality score (0 to 10, as `codejson metrics` computes it)
 * @param laborHours the total labor hours
 * @param change the change since the previous harvest
 */
public record AgencyStatus(Registry.Agency agency, List<SourceStatus> sources, long releases, BigDecimal openSourceShare,
        BigDecimal medianScore, BigDecimal laborHours, Change change) {

    /** Checks the values; the list is copied. */
    public AgencyStatus {
        Objects.requireNonNull(agency, "agency");
        sources = List.copyOf(sources);
        Objects.requireNonNull(openSourceShare, "openSourceShare");
        Objects.requireNonNull(medianScore, "medianScore");
        Objects.requireNonNull(laborHours, "laborHours");
        Objects.requireNonNull(change, "change");
    }

    /** {@return whether every address gave a readable file in this harvest} */
    public boolean reachable() {
        return sources.stream().allMatch(SourceStatus::reachable);
    }

    /** {@return whether every file used has no validation error} */
    public boolean valid() {
        return sources.stream().allMatch(s -> s.valid() && !s.family().isEmpty());
    }

    /**
     * The change since the previous harvest.
     *
     * @param known whether the previous harvest had this agency
     * @param releases the change in releases
     * @param openSourceShare the change in open-source share
     * @param medianScore the change in median score
     */
    public record Change(boolean known, long releases, BigDecimal openSourceShare, BigDecimal medianScore) {

        /** No previous harvest to compare with. */
        public static final Change UNKNOWN = new Change(false, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        /** Checks the values. */
        public Change {
            Objects.requireNonNull(openSourceShare, "openSourceShare");
            Objects.requireNonNull(medianScore, "medianScore");
        }
    }
}
