package gov.ca.code.codejson.codegov;


import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.NotEmptyString;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The point of contact of a release.
 *
 * @param email the e-mail address
 * @param name the name
 * @param url a web page to reach the contact
 * @param phone a phone number
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = Groups.Structure.class)
@NoUnknownMembers(groups = {Groups.Strict.class, Groups.CodeGov.class})
public record Contact(
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) @Format(value = FormatKind.EMAIL_ADDRESS, groups = Groups.CodeGov.class, payload = Severity.Warning.class,
                rule = "codegov.email") Property<String> email,
        @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> name,
        @JsonName("URL") @Format(value = FormatKind.URI, groups = Groups.Strict.class) @Format(value = FormatKind.WEB_URL, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.url") Property<String> url,
        @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> phone,
        Unknown unknown) {
}
