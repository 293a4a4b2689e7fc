package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Objects;

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
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Inventory(
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> version,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<MeasurementType> measurementType,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> agency,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<Release>>> releases,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Inventory {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(measurementType, "measurementType");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(releases, "releases");
        Objects.requireNonNull(unknown, "unknown");
    }

    /** {@return the well-typed releases, skipping entries that are not objects} */
    public List<Release> releaseList() {
        return releases.orElse(List.of()).stream().flatMap(p -> p.value().stream()).toList();
    }

    /**
     * {@return a copy of this inventory with {@code version} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Inventory withVersion(String value) {
        return withVersion(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code version} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Inventory withVersion(Property<String> value) {
        return new Inventory(value, measurementType, agency, releases, unknown);
    }

    /**
     * {@return a copy of this inventory with {@code measurementType} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Inventory withMeasurementType(MeasurementType value) {
        return withMeasurementType(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code measurementType} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Inventory withMeasurementType(Property<MeasurementType> value) {
        return new Inventory(version, value, agency, releases, unknown);
    }

    /**
     * {@return a copy of this inventory with {@code agency} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Inventory withAgency(String value) {
        return withAgency(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code agency} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Inventory withAgency(Property<String> value) {
        return new Inventory(version, measurementType, value, releases, unknown);
    }

    /**
     * {@return a copy of this inventory with {@code releases} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Inventory withReleases(List<Property<Release>> value) {
        return withReleases(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code releases} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Inventory withReleases(Property<List<Property<Release>>> value) {
        return new Inventory(version, measurementType, agency, value, unknown);
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    public Inventory withUnknown(Unknown value) {
        return new Inventory(version, measurementType, agency, releases, value);
    }
}
