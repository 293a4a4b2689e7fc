package gov.ca.code.codejson.codegov;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.model.NullAllowed;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * The usage rights of a release.
 *
 * @param licenses the licenses; null is allowed when there is none
 * @param usageType how the code may be used
 * @param exemptionText the justification when {@code usageType} is an exemption
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@ExemptionTextRequired(groups = {Groups.CodeGov.class, Groups.California.class})
public record Permissions(
        @NullAllowed @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<License>>> licenses,
        @Required(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class}) Property<UsageType> usageType,
        @NullAllowed Property<String> exemptionText,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Permissions {
        Objects.requireNonNull(licenses, "licenses");
        Objects.requireNonNull(usageType, "usageType");
        Objects.requireNonNull(exemptionText, "exemptionText");
        Objects.requireNonNull(unknown, "unknown");
    }
    /**
     * {@return a copy of these permissions with {@code licenses} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Permissions withLicenses(List<Property<License>> value) {
        return withLicenses(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code licenses} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Permissions withLicenses(Property<List<Property<License>>> value) {
        return new Permissions(value, usageType, exemptionText, unknown);
    }

    /**
     * {@return a copy of these permissions with {@code usageType} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Permissions withUsageType(UsageType value) {
        return withUsageType(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code usageType} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Permissions withUsageType(Property<UsageType> value) {
        return new Permissions(licenses, value, exemptionText, unknown);
    }

    /**
     * {@return a copy of these permissions with {@code exemptionText} present and set to this value}
     *
     * @param value the new value, not null
     */
    public Permissions withExemptionText(String value) {
        return withExemptionText(Property.of(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return a copy with {@code exemptionText} replaced, for example by {@link Property#absent()} to leave it out}
     *
     * @param value the new property
     */
    public Permissions withExemptionText(Property<String> value) {
        return new Permissions(licenses, usageType, value, unknown);
    }

    /**
     * {@return a copy with the members the schema does not define replaced}
     *
     * @param value the new unknown members
     */
    public Permissions withUnknown(Unknown value) {
        return new Permissions(licenses, usageType, exemptionText, value);
    }
}
