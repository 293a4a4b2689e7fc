package gov.ca.code.codejson.codegov101;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.model.NullAllowed;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * One project of a code.gov 1.0.1 inventory, in the order of the 1.0.1 schema.
 *
 * @param agency the agency object of the schema (the documentation puts a string at the top instead)
 * @param organization the organization within the agency
 * @param name the project name
 * @param description a description
 * @param status the status, such as {@code Production}
 * @param vcs the version control system, lower case
 * @param repository the public repository URL
 * @param license the URL of the license, or null
 * @param homepage the public homepage URL
 * @param downloadURL where a distribution can be found
 * @param tags keywords
 * @param languages programming languages
 * @param contact the point of contact
 * @param partners partner agencies
 * @param openSourceProject 1 when open source, 0 otherwise
 * @param governmentWideReuseProject 1 when available for government-wide reuse, 0 otherwise
 * @param closedProject 1 when closed
 * @param exemption the exemption, 1 to 5
 * @param exemptionText the justification of the exemption
 * @param updated dates of the project
 * @param unknown members the schema does not define (allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Project(
        Property<ProjectAgency> agency,
        @NullAllowed Property<String> organization,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> name,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> description,
        @NullAllowed Property<String> status,
        @NullAllowed Property<String> vcs,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> repository,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> license,
        @NullAllowed Property<String> homepage,
        @NullAllowed Property<String> downloadURL,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<String>>> tags,
        Property<List<Property<String>>> languages,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Contact> contact,
        Property<List<Property<Partner>>> partners,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Long> openSourceProject,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<Long> governmentWideReuseProject,
        @NullAllowed Property<Long> closedProject,
        @NullAllowed Property<Long> exemption,
        @NullAllowed Property<String> exemptionText,
        Property<Updated> updated,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Project {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(vcs, "vcs");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(downloadURL, "downloadURL");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(partners, "partners");
        Objects.requireNonNull(openSourceProject, "openSourceProject");
        Objects.requireNonNull(governmentWideReuseProject, "governmentWideReuseProject");
        Objects.requireNonNull(closedProject, "closedProject");
        Objects.requireNonNull(exemption, "exemption");
        Objects.requireNonNull(exemptionText, "exemptionText");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(unknown, "unknown");
    }
}
