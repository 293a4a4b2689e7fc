package gov.ca.code.codejson.shareit;

import java.math.BigDecimal;
import java.util.List;

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
@WellTyped(groups = Groups.Structure.class)
public record Repository(
        @Required(groups = Groups.Strict.class) Property<String> name,
        Property<String> version,
        @Required(groups = Groups.Strict.class) Property<String> description,
        @Required(groups = Groups.Strict.class) Property<Status> status,
        @Required(groups = Groups.Strict.class) Property<Permissions> permissions,
        @Required(groups = Groups.Strict.class) Property<String> organization,
        @Required(groups = Groups.Strict.class) @Format(value = FormatKind.URI, groups = Groups.Strict.class) Property<String> repositoryURL,
        @Required(groups = Groups.Strict.class) Property<RepositoryVisibility> repositoryVisibility,
        @Format(value = FormatKind.URI, groups = Groups.Reference.class)
        @Format(value = FormatKind.URI, groups = Groups.ShareIt.class, empty = Format.Empty.PASS)
        @Format(value = FormatKind.URI, groups = Groups.ShareIt.class, empty = Format.Empty.ONLY,
                payload = Severity.Warning.class, rule = "shareit.empty-url") Property<String> homepageURL,
        @Format(value = FormatKind.URI, groups = Groups.Reference.class)
        @Format(value = FormatKind.URI, groups = Groups.ShareIt.class, empty = Format.Empty.PASS)
        @Format(value = FormatKind.URI, groups = Groups.ShareIt.class, empty = Format.Empty.ONLY,
                payload = Severity.Warning.class, rule = "shareit.empty-url") Property<String> downloadURL,
        @Format(value = FormatKind.URI, groups = Groups.Reference.class)
        @Format(value = FormatKind.URI, groups = Groups.ShareIt.class, empty = Format.Empty.PASS)
        @Format(value = FormatKind.URI, groups = Groups.ShareIt.class, empty = Format.Empty.ONLY,
                payload = Severity.Warning.class, rule = "shareit.empty-url") Property<String> disclaimerURL,
        Property<String> disclaimerText,
        @Required(groups = Groups.Strict.class) Property<Vcs> vcs,
        @InRange(groups = Groups.Structure.class, payload = Severity.Warning.class) @Required(groups = Groups.Strict.class) @Minimum(value = 0, groups = Groups.Strict.class) Property<BigDecimal> laborHours,
        @Required(groups = Groups.Strict.class) Property<ReuseFrequency> reuseFrequency,
        @Required(groups = Groups.Strict.class) @UniqueItems(groups = Groups.Strict.class) Property<List<Property<String>>> languages,
        @Required(groups = Groups.Strict.class) Property<Maintenance> maintenance,
        @Required(groups = Groups.Strict.class) @UniqueItems(groups = Groups.Strict.class) Property<List<Property<String>>> contractNumber,
        @JsonName("SBOM") @Required(groups = Groups.Strict.class) Property<String> sbom,
        Property<List<Property<RelatedCode>>> relatedCode,
        Property<List<Property<ReusedCode>>> reusedCode,
        Property<List<Property<Partner>>> partners,
        @Required(groups = Groups.Strict.class) Property<RepositoryDate> date,
        @Required(groups = Groups.Strict.class) @UniqueItems(groups = Groups.Strict.class) Property<List<Property<String>>> tags,
        @Required(groups = Groups.Strict.class) Property<Contact> contact,
        @Required(groups = Groups.Strict.class) @Format(value = FormatKind.URI, groups = Groups.Strict.class) Property<String> feedbackMechanism,
        @JsonName("AIUseCaseID") @Required(groups = Groups.Strict.class) Property<String> aiUseCaseId,
        Unknown unknown) {

    /** {@return the usage types that are present and valid} */
    public List<UsageType> usageTypes() {
        return permissions.value().map(Permissions::usageTypeList).orElse(List.of());
    }

    /**
     * {@return a copy of this repository with {@code name} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withName(String value) {
        return withName(Property.of(value));
    }

    /**
     * {@return a copy with {@code name} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withName(Property<String> value) {
        return new Repository(value, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code version} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withVersion(String value) {
        return withVersion(Property.of(value));
    }

    /**
     * {@return a copy with {@code version} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withVersion(Property<String> value) {
        return new Repository(name, value, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code description} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withDescription(String value) {
        return withDescription(Property.of(value));
    }

    /**
     * {@return a copy with {@code description} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withDescription(Property<String> value) {
        return new Repository(name, version, value, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code status} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withStatus(Status value) {
        return withStatus(Property.of(value));
    }

    /**
     * {@return a copy with {@code status} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withStatus(Property<Status> value) {
        return new Repository(name, version, description, value, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code permissions} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withPermissions(Permissions value) {
        return withPermissions(Property.of(value));
    }

    /**
     * {@return a copy with {@code permissions} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withPermissions(Property<Permissions> value) {
        return new Repository(name, version, description, status, value, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code organization} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withOrganization(String value) {
        return withOrganization(Property.of(value));
    }

    /**
     * {@return a copy with {@code organization} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withOrganization(Property<String> value) {
        return new Repository(name, version, description, status, permissions, value, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code repositoryURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withRepositoryURL(String value) {
        return withRepositoryURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code repositoryURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withRepositoryURL(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, value, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code repositoryVisibility} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withRepositoryVisibility(RepositoryVisibility value) {
        return withRepositoryVisibility(Property.of(value));
    }

    /**
     * {@return a copy with {@code repositoryVisibility} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withRepositoryVisibility(Property<RepositoryVisibility> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, value, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code homepageURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withHomepageURL(String value) {
        return withHomepageURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code homepageURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withHomepageURL(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, value, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code downloadURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withDownloadURL(String value) {
        return withDownloadURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code downloadURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withDownloadURL(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, value, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code disclaimerURL} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withDisclaimerURL(String value) {
        return withDisclaimerURL(Property.of(value));
    }

    /**
     * {@return a copy with {@code disclaimerURL} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withDisclaimerURL(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, value, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code disclaimerText} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withDisclaimerText(String value) {
        return withDisclaimerText(Property.of(value));
    }

    /**
     * {@return a copy with {@code disclaimerText} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withDisclaimerText(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, value, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code vcs} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withVcs(Vcs value) {
        return withVcs(Property.of(value));
    }

    /**
     * {@return a copy with {@code vcs} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withVcs(Property<Vcs> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, value, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code laborHours} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withLaborHours(BigDecimal value) {
        return withLaborHours(Property.of(value));
    }

    /**
     * {@return a copy with {@code laborHours} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withLaborHours(Property<BigDecimal> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, value, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code reuseFrequency} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withReuseFrequency(ReuseFrequency value) {
        return withReuseFrequency(Property.of(value));
    }

    /**
     * {@return a copy with {@code reuseFrequency} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withReuseFrequency(Property<ReuseFrequency> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, value, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code languages} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withLanguages(List<Property<String>> value) {
        return withLanguages(Property.of(value));
    }

    /**
     * {@return a copy with {@code languages} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withLanguages(Property<List<Property<String>>> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, value, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code maintenance} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withMaintenance(Maintenance value) {
        return withMaintenance(Property.of(value));
    }

    /**
     * {@return a copy with {@code maintenance} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withMaintenance(Property<Maintenance> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, value, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code contractNumber} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withContractNumber(List<Property<String>> value) {
        return withContractNumber(Property.of(value));
    }

    /**
     * {@return a copy with {@code contractNumber} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withContractNumber(Property<List<Property<String>>> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, value, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code sbom} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withSbom(String value) {
        return withSbom(Property.of(value));
    }

    /**
     * {@return a copy with {@code sbom} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withSbom(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, value, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code relatedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withRelatedCode(List<Property<RelatedCode>> value) {
        return withRelatedCode(Property.of(value));
    }

    /**
     * {@return a copy with {@code relatedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withRelatedCode(Property<List<Property<RelatedCode>>> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, value, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code reusedCode} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withReusedCode(List<Property<ReusedCode>> value) {
        return withReusedCode(Property.of(value));
    }

    /**
     * {@return a copy with {@code reusedCode} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withReusedCode(Property<List<Property<ReusedCode>>> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, value, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code partners} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withPartners(List<Property<Partner>> value) {
        return withPartners(Property.of(value));
    }

    /**
     * {@return a copy with {@code partners} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withPartners(Property<List<Property<Partner>>> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, value, date, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code date} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withDate(RepositoryDate value) {
        return withDate(Property.of(value));
    }

    /**
     * {@return a copy with {@code date} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withDate(Property<RepositoryDate> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, value, tags, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code tags} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withTags(List<Property<String>> value) {
        return withTags(Property.of(value));
    }

    /**
     * {@return a copy with {@code tags} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withTags(Property<List<Property<String>>> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, value, contact, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code contact} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withContact(Contact value) {
        return withContact(Property.of(value));
    }

    /**
     * {@return a copy with {@code contact} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withContact(Property<Contact> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, value, feedbackMechanism, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code feedbackMechanism} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withFeedbackMechanism(String value) {
        return withFeedbackMechanism(Property.of(value));
    }

    /**
     * {@return a copy with {@code feedbackMechanism} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withFeedbackMechanism(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, value, aiUseCaseId, unknown);
    }

    /**
     * {@return a copy of this repository with {@code aiUseCaseId} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Repository withAiUseCaseId(String value) {
        return withAiUseCaseId(Property.of(value));
    }

    /**
     * {@return a copy with {@code aiUseCaseId} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Repository withAiUseCaseId(Property<String> value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, value, unknown);
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    public Repository withUnknown(Unknown value) {
        return new Repository(name, version, description, status, permissions, organization, repositoryURL, repositoryVisibility, homepageURL, downloadURL, disclaimerURL, disclaimerText, vcs, laborHours, reuseFrequency, languages, maintenance, contractNumber, sbom, relatedCode, reusedCode, partners, date, tags, contact, feedbackMechanism, aiUseCaseId, value);
    }
}
