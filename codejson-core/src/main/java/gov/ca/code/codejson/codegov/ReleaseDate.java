package gov.ca.code.codejson.codegov;

import java.util.Objects;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The dates of a release, each written YYYY-MM-DD.
 *
 * @param created when the release was created
 * @param lastModified when the release was last modified
 * @param metadataLastUpdated when its metadata was last updated
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record ReleaseDate(
        @Format(value = FormatKind.DATE, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.DATE, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.date") Property<String> created,
        @Format(value = FormatKind.DATE, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.DATE, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.date") Property<String> lastModified,
        @Format(value = FormatKind.DATE, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.DATE, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.date") Property<String> metadataLastUpdated,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public ReleaseDate {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(metadataLastUpdated, "metadataLastUpdated");
        Objects.requireNonNull(unknown, "unknown");
    }
    /**
     * {@return a copy of these dates with {@code created} present and set to this value}
     *
     * @param value the new value, not null
     */
    public ReleaseDate withCreated(String value) {
        return withCreated(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code created} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public ReleaseDate withCreated(Property<String> value) {
        return new ReleaseDate(value, lastModified, metadataLastUpdated, unknown);
    }

    /**
     * {@return a copy of these dates with {@code lastModified} present and set to this value}
     *
     * @param value the new value, not null
     */
    public ReleaseDate withLastModified(String value) {
        return withLastModified(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code lastModified} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public ReleaseDate withLastModified(Property<String> value) {
        return new ReleaseDate(created, value, metadataLastUpdated, unknown);
    }

    /**
     * {@return a copy of these dates with {@code metadataLastUpdated} present and set to this value}
     *
     * @param value the new value, not null
     */
    public ReleaseDate withMetadataLastUpdated(String value) {
        return withMetadataLastUpdated(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code metadataLastUpdated} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public ReleaseDate withMetadataLastUpdated(Property<String> value) {
        return new ReleaseDate(created, lastModified, value, unknown);
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    public ReleaseDate withUnknown(Unknown value) {
        return new ReleaseDate(created, lastModified, metadataLastUpdated, value);
    }
}
