package gov.ca.code.codejson.shareit;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.codegov.MeasurementType;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * A SHARE IT agency index ({@code agency-index.json}): the code.gov 2.0.0 wrapper whose releases
 * are per-repository SHARE IT objects.
 *
 * <p>Written in the order of the schema's {@code required} list, which is also the code.gov 2.0.0
 * order, so that an index and an inventory of the same agency line up.
 *
 * @param version the version of the metadata schema, {@code "2.0.0"}
 * @param measurementType how the agency measures its open-source share
 * @param agency the agency acronym
 * @param releases the per-repository objects
 * @param unknown members the schema does not define (allowed here)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record AgencyIndex(
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> version,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<MeasurementType> measurementType,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> agency,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<Repository>>> releases,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public AgencyIndex {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(measurementType, "measurementType");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(releases, "releases");
        Objects.requireNonNull(unknown, "unknown");
    }

    /** {@return the well-typed releases, skipping entries that are not objects} */
    public List<Repository> releaseList() {
        return releases.orElse(List.of()).stream().flatMap(p -> p.value().stream()).toList();
    }
}
