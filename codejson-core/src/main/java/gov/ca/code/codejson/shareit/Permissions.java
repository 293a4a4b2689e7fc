package gov.ca.code.codejson.shareit;

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
 * The usage rights of a SHARE IT repository.
 *
 * @param licenses the licenses; an array, possibly empty, never null
 * @param usageType the usage types, an array: code may be both open source and exempt in part
 * @param exemptionText the justification when a usage type is an exemption
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class})
@ExemptionTextRequired(groups = {Groups.ShareIt.class, Groups.Cms.class})
public record Permissions(
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<License>>> licenses,
        @Required(groups = {Groups.Reference.class, Groups.ShareIt.class, Groups.Cms.class}) Property<List<Property<UsageType>>> usageType,
        @NullAllowed Property<String> exemptionText,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public Permissions {
        Objects.requireNonNull(licenses, "licenses");
        Objects.requireNonNull(usageType, "usageType");
        Objects.requireNonNull(exemptionText, "exemptionText");
        Objects.requireNonNull(unknown, "unknown");
    }

    /** {@return the usage types that are present and valid, in order} */
    public List<UsageType> usageTypeList() {
        return usageType.orElse(List.of()).stream().flatMap(p -> p.value().stream()).toList();
    }
}
