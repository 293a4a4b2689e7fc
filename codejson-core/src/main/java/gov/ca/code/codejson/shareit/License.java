package gov.ca.code.codejson.shareit;

import java.util.Objects;

import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * One license of a SHARE IT repository. Unlike code.gov 2.0.0, the name comes first and both
 * members are required.
 *
 * @param name the license, from the SHARE IT subset of SPDX identifiers
 * @param url the URL of the license in the repository
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class})
public record License(
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<LicenseName> name,
        @JsonName("URL") @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> url,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public License {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(unknown, "unknown");
    }
}
