package gov.ca.code.codejson.shareit;

import java.util.Objects;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Minimum;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * How often a repository's code is reused. The schema allows other measures here.
 *
 * @param forks the number of forks, at least 0
 * @param clones the number of clones, at least 0
 * @param unknown other measures, such as downloads
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record ReuseFrequency(
        @Minimum(value = 0, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Long> forks,
        @Minimum(value = 0, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Long> clones,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public ReuseFrequency {
        Objects.requireNonNull(forks, "forks");
        Objects.requireNonNull(clones, "clones");
        Objects.requireNonNull(unknown, "unknown");
    }
}
