package gov.ca.code.codejson.codegov;

import java.util.List;

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
@WellTyped(groups = Groups.Structure.class)
@NoUnknownMembers(groups = {Groups.Strict.class, Groups.CodeGov.class})
@ExemptionTextRequired(groups = Groups.CodeGov.class)
public record Permissions(
        @NullAllowed @Required(groups = Groups.Strict.class) Property<List<Property<License>>> licenses,
        @Required(groups = {Groups.Strict.class, Groups.CodeGov.class}) Property<UsageType> usageType,
        @NullAllowed Property<String> exemptionText,
        Unknown unknown) {
}
