package gov.ca.code.codejson.codegov101;

import java.util.List;

import gov.ca.code.codejson.model.Nullable;
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
@WellTyped(groups = Groups.Structure.class)
public record Project(
        Property<ProjectAgency> agency,
        @Nullable Property<String> organization,
        @Nullable @Required(groups = Groups.Strict.class) Property<String> name,
        @Nullable @Required(groups = Groups.Strict.class) Property<String> description,
        @Nullable Property<String> status,
        @Nullable Property<String> vcs,
        @Nullable @Required(groups = Groups.Strict.class) Property<String> repository,
        @Nullable @Required(groups = Groups.Strict.class) Property<String> license,
        @Nullable Property<String> homepage,
        @Nullable Property<String> downloadURL,
        @Required(groups = Groups.Strict.class) Property<List<Property<String>>> tags,
        Property<List<Property<String>>> languages,
        @Required(groups = Groups.Strict.class) Property<Contact> contact,
        Property<List<Property<Partner>>> partners,
        @Nullable @Required(groups = Groups.Strict.class) Property<Long> openSourceProject,
        @Nullable @Required(groups = Groups.Strict.class) Property<Long> governmentWideReuseProject,
        @Nullable Property<Long> closedProject,
        @Nullable Property<Long> exemption,
        @Nullable Property<String> exemptionText,
        Property<Updated> updated,
        Unknown unknown) {
}
