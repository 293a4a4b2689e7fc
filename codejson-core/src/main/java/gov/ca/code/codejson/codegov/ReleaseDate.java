package gov.ca.code.codejson.codegov;


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
@WellTyped(groups = Groups.Structure.class)
@NoUnknownMembers(groups = {Groups.Strict.class, Groups.CodeGov.class})
public record ReleaseDate(
        @Format(value = FormatKind.DATE, groups = Groups.Strict.class) @Format(value = FormatKind.DATE, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.date") Property<String> created,
        @Format(value = FormatKind.DATE, groups = Groups.Strict.class) @Format(value = FormatKind.DATE, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.date") Property<String> lastModified,
        @Format(value = FormatKind.DATE, groups = Groups.Strict.class) @Format(value = FormatKind.DATE, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.date") Property<String> metadataLastUpdated,
        Unknown unknown) {
}
