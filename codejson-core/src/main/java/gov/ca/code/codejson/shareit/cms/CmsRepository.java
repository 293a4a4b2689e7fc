package gov.ca.code.codejson.shareit.cms;

import java.math.BigDecimal;
import java.util.List;

import gov.ca.code.codejson.codegov.Partner;
import gov.ca.code.codejson.codegov.RelatedCode;
import gov.ca.code.codejson.codegov.ReusedCode;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.shareit.Contact;
import gov.ca.code.codejson.shareit.Maintenance;
import gov.ca.code.codejson.shareit.Permissions;
import gov.ca.code.codejson.shareit.RepositoryDate;
import gov.ca.code.codejson.shareit.RepositoryVisibility;
import gov.ca.code.codejson.shareit.ReuseFrequency;
import gov.ca.code.codejson.shareit.Vcs;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.InRange;
import gov.ca.code.codejson.validation.constraints.Length;
import gov.ca.code.codejson.validation.constraints.Minimum;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.UniqueItems;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * A CMS {@code code.json} (CMS extension 2.1.0): the SHARE IT per-repository object with the CMS
 * fields added, the organization fixed to CMS, and no member outside the schema allowed.
 *
 * <p>Components are in the order of the CMS schema, which is the order they are written in.
 *
 * @param name the name of the project or software
 * @param version the version of this release
 * @param description a one or two sentence description
 * @param longDescription an overview of the capabilities, 150 to 10,000 characters
 * @param status the development status
 * @param permissions licenses and usage types
 * @param organization always the Centers for Medicare &amp; Medicaid Services
 * @param repositoryURL the repository URL
 * @param repositoryHost where the code is hosted
 * @param repositoryVisibility whether the repository is public or private
 * @param homepageURL the public homepage
 * @param downloadURL where a distribution can be found
 * @param disclaimerURL where disclaimer language can be found
 * @param disclaimerText short disclaimer language
 * @param vcs the version control system
 * @param laborHours labor hours invested, at least 0
 * @param reuseFrequency how often the code is reused
 * @param platforms the supported platforms
 * @param categories publiccode.yml categories
 * @param softwareType the type of software
 * @param languages the programming languages
 * @param maintenance who keeps the software up to date
 * @param contractNumber the contract numbers
 * @param sbom a link to the software bill of materials, or {@code None}
 * @param relatedCode affiliated government repositories
 * @param reusedCode government code reused
 * @param partners partner agencies
 * @param date the dates, RFC 3339 date-times
 * @param tags topics and keywords
 * @param contact the point of contact
 * @param feedbackMechanism where the community gives feedback
 * @param aiUseCaseId the ID in the AI Use Case Inventory, {@code 0} when not listed
 * @param localisation whether the software supports several languages
 * @param repositoryType the purpose of the repository
 * @param userInput whether the software accepts user input
 * @param fismaLevel the FISMA security categorization
 * @param group the home department, organization or group
 * @param projects related CMS projects
 * @param systems CMS systems the repository interfaces with
 * @param subsetInHealthcare the healthcare subsets concerned
 * @param userType the types of users
 * @param maturityModelTier the CMS maturity model tier, 0 to 4
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class})
public record CmsRepository(
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> name,
        Property<String> version,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> description,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Length(min = 150, max = 10000, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> longDescription,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Status> status,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Permissions> permissions,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<CmsOrganization> organization,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> repositoryURL,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<RepositoryHost> repositoryHost,
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
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<Platform>>> platforms,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> categories,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<SoftwareType> softwareType,
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
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Boolean> localisation,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<RepositoryType> repositoryType,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Boolean> userInput,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<FismaLevel> fismaLevel,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> group,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> projects,
        @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> systems,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<HealthcareSubset>>> subsetInHealthcare,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @UniqueItems(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<UserType>>> userType,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<MaturityModelTier> maturityModelTier,
        Unknown unknown) {
}
