package gov.ca.code.codejson.codegov101;

import java.util.Objects;

import gov.ca.code.codejson.model.NullAllowed;
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
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Partner(
        @NullAllowed Property<String> name,
        @NullAllowed Property<String> email,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Partner {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(unknown, "unknown");
    }
}
