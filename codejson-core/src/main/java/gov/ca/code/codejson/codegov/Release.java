package gov.ca.code.codejson.codegov;

import java.util.List;

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
@WellTyped(groups = Groups.Structure.class)
@NoUnknownMembers(groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.unknown-field")
@OpenSourceRequires(groups = Groups.CodeGov.class)
@QualityHints(groups = Groups.CodeGov.class, payload = Severity.Info.class)
@CaliforniaExemption(groups = Groups.California.class)
@CaliforniaCopyleft(groups = Groups.California.class, payload = Severity.Warning.class)
public record Release(
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> name,
        @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> version,
        @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> organization,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> description,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<Permissions> permissions,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<List<Property<String>>> tags,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<Contact> contact,
        Property<Status> status,
        @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> vcs,
        @NullAllowed @Required(groups = Groups.Strict.class) @NotNullValue(groups = Groups.Strict.class)
        @Format(value = FormatKind.URI, groups = Groups.Strict.class) @Format(value = FormatKind.WEB_URL, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.url") Property<String> repositoryURL,
        @Format(value = FormatKind.URI, groups = Groups.Strict.class) @Format(value = FormatKind.WEB_URL, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.url") Property<String> homepageURL,
        @Format(value = FormatKind.URI, groups = Groups.Strict.class) @Format(value = FormatKind.WEB_URL, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.url") Property<String> downloadURL,
        @Format(value = FormatKind.URI, groups = Groups.Strict.class) @Format(value = FormatKind.WEB_URL, groups = Groups.CodeGov.class, payload = Severity.Warning.class, rule = "codegov.url") Property<String> disclaimerURL,
        @NotEmptyString(groups = Groups.CodeGov.class, payload = Severity.Warning.class) Property<String> disclaimerText,
        Property<List<Property<String>>> languages,
        @InRange(groups = Groups.Structure.class, payload = Severity.Warning.class) @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<java.math.BigDecimal> laborHours,
        Property<List<Property<RelatedCode>>> relatedCode,
        Property<List<Property<ReusedCode>>> reusedCode,
        Property<List<Property<Partner>>> partners,
        Property<ReleaseDate> date,
        Unknown unknown) {

    /** {@return the usage type when it is present and valid} */
    public java.util.Optional<UsageType> usageType() {
        return permissions.value().flatMap(p -> p.usageType().value());
    }

    /**
     * {@return a copy of this release with {@code name} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withName(String value) {
        return withName(Property.of(value));
    }

    /**
     * {@return a copy with {@code name} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withName(Property<String> value) {
        return new Release(value, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code version} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withVersion(String value) {
        return withVersion(Property.of(value));
    }

    /**
     * {@return a copy with {@code version} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withVersion(Property<String> value) {
        return new Release(name, value, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code organization} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withOrganization(String value) {
        return withOrganization(Property.of(value));
    }

    /**
     * {@return a copy with {@code organization} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withOrganization(Property<String> value) {
        return new Release(name, version, value, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code description} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withDescription(String value) {
        return withDescription(Property.of(value));
    }

    /**
     * {@return a copy with {@code description} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withDescription(Property<String> value) {
        return new Release(name, version, organization, value, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code permissions} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withPermissions(Permissions value) {
        return withPermissions(Property.of(value));
    }

    /**
     * {@return a copy with {@code permissions} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withPermissions(Property<Permissions> value) {
        return new Release(name, version, organization, description, value, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code tags} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withTags(List<Property<String>> value) {
        return withTags(Property.of(value));
    }

    /**
     * {@return a copy with {@code tags} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withTags(Property<List<Property<String>>> value) {
        return new Release(name, version, organization, description, permissions, value, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code contact} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withContact(Contact value) {
        return withContact(Property.of(value));
    }

    /**
     * {@return a copy with {@code contact} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withContact(Property<Contact> value) {
        return new Release(name, version, organization, description, permissions, tags, value, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code status} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withStatus(Status value) {
        return withStatus(Property.of(value));
    }

    /**
     * {@return a copy with {@code status} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withStatus(Property<Status> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, value, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code vcs} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withVcs(String value) {
        return withVcs(Property.of(value));
    }

    /**
     * {@return a copy with {@code vcs} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withVcs(Property<String> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, value, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code repositoryURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withRepositoryURL(String value) {
        return withRepositoryURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code repositoryURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withRepositoryURL(Property<String> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, value, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code homepageURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withHomepageURL(String value) {
        return withHomepageURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code homepageURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withHomepageURL(Property<String> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, value, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code downloadURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withDownloadURL(String value) {
        return withDownloadURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code downloadURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withDownloadURL(Property<String> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, value, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code disclaimerURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withDisclaimerURL(String value) {
        return withDisclaimerURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code disclaimerURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withDisclaimerURL(Property<String> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, value, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code disclaimerText} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withDisclaimerText(String value) {
        return withDisclaimerText(Property.of(value));
    }

    /**
     * {@return a copy with {@code disclaimerText} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withDisclaimerText(Property<String> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, value, languages, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code languages} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withLanguages(List<Property<String>> value) {
        return withLanguages(Property.of(value));
    }

    /**
     * {@return a copy with {@code languages} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withLanguages(Property<List<Property<String>>> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, value, laborHours, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code laborHours} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withLaborHours(java.math.BigDecimal value) {
        return withLaborHours(Property.of(value));
    }

    /**
     * {@return a copy with {@code laborHours} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withLaborHours(Property<java.math.BigDecimal> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, value, relatedCode, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code relatedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withRelatedCode(List<Property<RelatedCode>> value) {
        return withRelatedCode(Property.of(value));
    }

    /**
     * {@return a copy with {@code relatedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withRelatedCode(Property<List<Property<RelatedCode>>> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, value, reusedCode, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code reusedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withReusedCode(List<Property<ReusedCode>> value) {
        return withReusedCode(Property.of(value));
    }

    /**
     * {@return a copy with {@code reusedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withReusedCode(Property<List<Property<ReusedCode>>> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, value, partners, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code partners} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withPartners(List<Property<Partner>> value) {
        return withPartners(Property.of(value));
    }

    /**
     * {@return a copy with {@code partners} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withPartners(Property<List<Property<Partner>>> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, value, date, unknown);
    }

    /**
     * {@return a copy of this release with {@code date} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Release withDate(ReleaseDate value) {
        return withDate(Property.of(value));
    }

    /**
     * {@return a copy with {@code date} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Release withDate(Property<ReleaseDate> value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, value, unknown);
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    public Release withUnknown(Unknown value) {
        return new Release(name, version, organization, description, permissions, tags, contact, status, vcs, repositoryURL, homepageURL, downloadURL, disclaimerURL, disclaimerText, languages, laborHours, relatedCode, reusedCode, partners, date, value);
    }
}
