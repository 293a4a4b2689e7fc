package gov.ca.code.codejson.shareit;

import java.util.Objects;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The dates of a SHARE IT repository, each an RFC 3339 date-time such as {@code 2025-08-01T00:00:00Z}.
 *
 * @param created when the project was created
 * @param lastModified when the project was last modified
 * @param metadataLastUpdated when the metadata was last updated
 * @param unknown members the schema does not define (not allowed; {@code metaDataLastUpdated} is a legacy spelling)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class})
public record RepositoryDate(
        @Format(value = FormatKind.DATE_TIME, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> created,
        @Format(value = FormatKind.DATE_TIME, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> lastModified,
        @Format(value = FormatKind.DATE_TIME, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> metadataLastUpdated,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public RepositoryDate {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(metadataLastUpdated, "metadataLastUpdated");
        Objects.requireNonNull(unknown, "unknown");
    }
}
