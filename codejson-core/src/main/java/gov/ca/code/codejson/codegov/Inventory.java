package gov.ca.code.codejson.codegov;

import java.util.List;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * A code.gov 2.0.0 agency inventory: the whole {@code code.json} file an agency publishes.
 *
 * @param version the metadata schema version, {@code "2.0.0"}
 * @param measurementType how the agency measures its open-source share
 * @param agency the agency acronym, such as {@code GSA}
 * @param releases the releases, one per versioned source code release
 * @param unknown members the schema does not define (not allowed at this level)
 */
@WellTyped(groups = Groups.Structure.class)
@NoUnknownMembers(groups = {Groups.Strict.class, Groups.CodeGov.class})
public record Inventory(
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<String> version,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<MeasurementType> measurementType,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<String> agency,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<List<Property<Release>>> releases,
        Unknown unknown) {

    /** {@return the well-typed releases, skipping entries that are not objects} */
    public List<Release> releaseList() {
        return releases.orElse(List.of()).stream().flatMap(p -> p.value().stream()).toList();
    }
}
