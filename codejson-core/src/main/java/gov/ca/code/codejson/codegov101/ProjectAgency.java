package gov.ca.code.codejson.codegov101;

import java.util.Objects;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The per-project agency object of the 1.0.1 schema.
 *
 * @param name the agency name
 * @param acronym the agency acronym
 * @param website the agency website
 * @param codeUrl the URL of the agency's code.json
 * @param unknown members the schema does not define (allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record ProjectAgency(
        Property<String> name,
        Property<String> acronym,
        Property<String> website,
        Property<String> codeUrl,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public ProjectAgency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(codeUrl, "codeUrl");
        Objects.requireNonNull(unknown, "unknown");
    }
}
