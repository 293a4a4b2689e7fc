package gov.ca.code.codejson.codegov101;

import java.util.Objects;

import gov.ca.code.codejson.model.NullAllowed;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The point of contact of a 1.0.1 project.
 *
 * @param name the name
 * @param email the e-mail address (required, may be null)
 * @param twitter the project's Twitter user name
 * @param phone a phone number
 * @param unknown members the schema does not define (allowed), such as the {@code URL} of the official sample
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Contact(
        @NullAllowed Property<String> name,
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<String> email,
        @NullAllowed Property<String> twitter,
        @NullAllowed Property<String> phone,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(twitter, "twitter");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(unknown, "unknown");
    }
}
