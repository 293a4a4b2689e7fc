package gov.ca.code.codejson.shareit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.codegov.Partner;
import gov.ca.code.codejson.codegov.RelatedCode;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.InRange;
import gov.ca.code.codejson.validation.constraints.Minimum;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.UniqueItems;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * A SHARE IT (DSACMS gov-codejson 2.0.0) {@code code.json}: the metadata of one repository, kept in
 * that repository, with no wrapper and no schema-version field.
 *
 * <p>Components are in the order of the reference schema, which is the order they are written in.
 * The schema allows members it does not define at this level; they are kept in {@code unknown}.
 *
 * @param name the name of the project or software
 * @param version the version of this release (not the schema version)
 * @param description a one or two sentence description
 * @param status the development status
 * @param permissions licenses and usage types
 * @param organization the organization or component within the agency
 * @param repositoryURL the repository URL
 * @param repositoryVisibility whether the repository is public or private
 * @param homepageURL the public homepage
 * @param downloadURL where a distribution can be found
 * @param disclaimerURL where disclaimer language can be found
 * @param disclaimerText short disclaimer language
 * @param vcs the version control system
 * @param laborHours labor hours invested, at least 0
 * @param reuseFrequency how often the code is reused (forks, clones)
 * @param languages the programming languages, all different
 * @param maintenance who keeps the software up to date
 * @param contractNumber the contract numbers it was developed under, all different
 * @param sbom a link to the software bill of materials, or {@code None}
 * @param relatedCode affiliated government repositories
 * @param reusedCode government code reused by this software
 * @param partners partner agencies
 * @param date creation, modification and metadata dates, RFC 3339 date-times
 * @param tags topics and keywords, all different
 * @param contact the point of contact
 * @param feedbackMechanism where the community gives feedback, such as the issues page
 * @param aiUseCaseId the ID in the AI Use Case Inventory, {@code 0} when not listed
 * @param unknown members the schema does not define (allowed here)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Repository(
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> name,
        Property<String> version,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> description,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Status> status,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Permissions> permissions,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> organization,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> repositoryURL,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<RepositoryVisibility> repositoryVisibility,
        @Format(value = FormatKind.URI, groups = Groups.Reference.class)
        @Format(value = FormatKind.URI, groups = {Groups.ShareIt.class, Groups.Cms.class}, empty = Format.Empty.PASS)
        @Format(value = FormatKind.URI, groups = {Groups.ShareIt.class, Groups.Cms.class}, empty = Format.Empty.ONLY,
                payload = Severity.Warning.class, rule = "shareit.empty-url") Property<String> homepageURL,
        @Format(value = FormatKind.URI, groups = Groups.Reference.class)
        @Format(value = FormatKind.URI, groups = {Groups.ShareIt.class, Groups.Cms.class}, empty = Format.Empty.PASS)
        @Format(value = FormatKind.URI, groups = {Groups.ShareIt.class, Groups.Cms.class}, empty = Format.Empty.ONLY,
                payload = Severity.Warning.class, rule = "shareit.empty-url") Property<String> downloadURL,
        @Format(value = FormatKind.URI, groups = Groups.Reference.class)
        @Format(value = FormatKind.URI, groups = {Groups.ShareIt.class, Groups.Cms.class}, empty = Format.Empty.PASS)
        @Format(value = FormatKind.URI, groups = {Groups.ShareIt.class, Groups.Cms.class}, empty = Format.Empty.ONLY,
                payload = Severity.Warning.class, rule = "shareit.empty-url") Property<String> disclaimerURL,
        Property<String> disclaimerText,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Vcs> vcs,
        @InRange(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}, payload = Severity.Warning.class) @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Minimum(value = 0, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<BigDecimal> laborHours,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<ReuseFrequency> reuseFrequency,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> languages,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Maintenance> maintenance,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> contractNumber,
        @JsonName("SBOM") @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> sbom,
        Property<List<Property<RelatedCode>>> relatedCode,
        Property<List<Property<ReusedCode>>> reusedCode,
        Property<List<Property<Partner>>> partners,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<RepositoryDate> date,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> tags,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Contact> contact,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> feedbackMechanism,
        @JsonName("AIUseCaseID") @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> aiUseCaseId,
        Unknown unknown) implements RepositoryValueCopies {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Repository {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(repositoryURL, "repositoryURL");
        Objects.requireNonNull(repositoryVisibility, "repositoryVisibility");
        Objects.requireNonNull(homepageURL, "homepageURL");
        Objects.requireNonNull(downloadURL, "downloadURL");
        Objects.requireNonNull(disclaimerURL, "disclaimerURL");
        Objects.requireNonNull(disclaimerText, "disclaimerText");
        Objects.requireNonNull(vcs, "vcs");
        Objects.requireNonNull(laborHours, "laborHours");
        Objects.requireNonNull(reuseFrequency, "reuseFrequency");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(sbom, "sbom");
        Objects.requireNonNull(relatedCode, "relatedCode");
        Objects.requireNonNull(reusedCode, "reusedCode");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(feedbackMechanism, "feedbackMechanism");
        Objects.requireNonNull(aiUseCaseId, "aiUseCaseId");
        Objects.requireNonNull(unknown, "unknown");
    }

    /** {@return the usage types that are present and valid} */
    public List<UsageType> usageTypes() {
        return permissions.value().map(Permissions::usageTypeList).orElse(List.of());
    }
}
