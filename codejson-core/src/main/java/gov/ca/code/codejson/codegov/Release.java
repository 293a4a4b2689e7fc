package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.model.NullAllowed;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.InRange;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.NotEmptyString;
import gov.ca.code.codejson.validation.constraints.NotNullValue;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * One versioned source code release in a code.gov 2.0.0 inventory.
 *
 * <p>Components are in the order of the reference schema, which is the order they are written in.
 *
 * @param name the name of the release
 * @param version the version of this release
 * @param organization the organization or component within the agency
 * @param description a one or two sentence description
 * @param permissions licenses and usage type
 * @param tags keywords for discovery
 * @param contact the point of contact
 * @param status the development status
 * @param vcs the version control system, lower case, such as {@code git}
 * @param repositoryURL the public repository; may be absent or null for code that is not open source
 * @param homepageURL the public homepage
 * @param downloadURL where a distribution can be found
 * @param disclaimerURL where disclaimer language can be found
 * @param disclaimerText short disclaimer language
 * @param languages the programming languages used
 * @param laborHours estimated total labor hours across all versions
 * @param relatedCode affiliated government repositories
 * @param reusedCode government code reused by this release
 * @param partners partner agencies
 * @param date dates of the release
 * @param unknown members the schema does not define (allowed, warned by the codegov profile)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.unknown-field")
@OpenSourceRequires(groups = {Groups.CodeGov.class, Groups.California.class})
@QualityHints(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Info.class)
@CaliforniaExemption(groups = Groups.California.class)
@CaliforniaCopyleft(groups = Groups.California.class, payload = Severity.Warning.class)
public record Release(
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> name,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> version,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> organization,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> description,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Permissions> permissions,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> tags,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Contact> contact,
        Property<Status> status,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> vcs,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @NotNullValue(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class})
        @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.WEB_URL, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.url") Property<String> repositoryURL,
        @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.WEB_URL, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.url") Property<String> homepageURL,
        @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.WEB_URL, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.url") Property<String> downloadURL,
        @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.WEB_URL, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.url") Property<String> disclaimerURL,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> disclaimerText,
        Property<List<Property<String>>> languages,
        @InRange(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}, payload = Severity.Warning.class) @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<java.math.BigDecimal> laborHours,
        Property<List<Property<RelatedCode>>> relatedCode,
        Property<List<Property<ReusedCode>>> reusedCode,
        Property<List<Property<Partner>>> partners,
        Property<ReleaseDate> date,
        Unknown unknown) implements ReleaseValueCopies {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Release {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(vcs, "vcs");
        Objects.requireNonNull(repositoryURL, "repositoryURL");
        Objects.requireNonNull(homepageURL, "homepageURL");
        Objects.requireNonNull(downloadURL, "downloadURL");
        Objects.requireNonNull(disclaimerURL, "disclaimerURL");
        Objects.requireNonNull(disclaimerText, "disclaimerText");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(laborHours, "laborHours");
        Objects.requireNonNull(relatedCode, "relatedCode");
        Objects.requireNonNull(reusedCode, "reusedCode");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unknown, "unknown");
    }

    /** {@return the usage type when it is present and valid} */
    public java.util.Optional<UsageType> usageType() {
        return permissions.value().flatMap(p -> p.usageType().value());
    }
}
