package gov.ca.code.codejson.codegov;

import java.util.Objects;

import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.Format;
import gov.ca.code.codejson.validation.constraints.FormatKind;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.NotEmptyString;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The point of contact of a release.
 *
 * @param email the e-mail address
 * @param name the name
 * @param url a web page to reach the contact
 * @param phone a phone number
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
public record Contact(
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.EMAIL_ADDRESS, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class,
                rule = "codegov.email") Property<String> email,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> name,
        @JsonName("URL") @Format(value = FormatKind.URI, groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) @Format(value = FormatKind.WEB_URL, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class, rule = "codegov.url") Property<String> url,
        @NotEmptyString(groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class) Property<String> phone,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Contact {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(unknown, "unknown");
    }
    /**
     * {@return a copy of this contact with {@code email} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Contact withEmail(String value) {
        return withEmail(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code email} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Contact withEmail(Property<String> value) {
        return new Contact(value, name, url, phone, unknown);
    }

    /**
     * {@return a copy of this contact with {@code name} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Contact withName(String value) {
        return withName(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code name} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Contact withName(Property<String> value) {
        return new Contact(email, value, url, phone, unknown);
    }

    /**
     * {@return a copy of this contact with {@code url} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Contact withUrl(String value) {
        return withUrl(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code url} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Contact withUrl(Property<String> value) {
        return new Contact(email, name, value, phone, unknown);
    }

    /**
     * {@return a copy of this contact with {@code phone} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Contact withPhone(String value) {
        return withPhone(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code phone} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Contact withPhone(Property<String> value) {
        return new Contact(email, name, url, value, unknown);
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    public Contact withUnknown(Unknown value) {
        return new Contact(email, name, url, phone, value);
    }
}
