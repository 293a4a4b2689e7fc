package gov.ca.code.codejson.codegov101;

import gov.ca.code.codejson.model.Nullable;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * A partner agency of a 1.0.1 project.
 *
 * @param name the acronym of the partner agency
 * @param email the contact e-mail address at that agency
 * @param unknown members the schema does not define (allowed)
 */
@WellTyped(groups = Groups.Structure.class)
public record Partner(
        @Nullable Property<String> name,
        @Nullable Property<String> email,
        Unknown unknown) {
}
