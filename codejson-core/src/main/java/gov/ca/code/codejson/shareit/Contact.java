package gov.ca.code.codejson.shareit;

import java.util.Objects;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The point of contact of a SHARE IT repository; unlike code.gov 2.0.0 it has no {@code URL} or
 * {@code phone}, and neither member is required.
 *
 * @param email the e-mail address
 * @param name the name
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class})
public record Contact(
        @Format(value = FormatKind.EMAIL, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> email,
        Property<String> name,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unknown, "unknown");
    }
}
