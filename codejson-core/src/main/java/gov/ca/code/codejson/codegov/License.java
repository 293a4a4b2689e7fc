package gov.ca.code.codejson.codegov;

import java.util.Objects;

import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.NotEmptyString;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * One license of a release.
 *
 * @param url the URL of the license text
 * @param name an abbreviation of the license name, such as {@code MIT}
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record License(
        @JsonName("URL") @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.WEB_URL, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.url") Property<String> url,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> name,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public License {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unknown, "unknown");
    }
}
