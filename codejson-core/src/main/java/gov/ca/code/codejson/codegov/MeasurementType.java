package gov.ca.code.codejson.codegov;

import java.util.Objects;

import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;
import gov.ca.code.codejson.validation.Groups;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.constraints.NoUnknownMembers;
import gov.ca.code.codejson.validation.constraints.WellTyped;

/**
 * How an agency measures the share of its code released as open source.
 *
 * @param method the measurement method
 * @param ifOther a description of the method when {@code method} is {@code other}
 * @param unknown members the schema does not define (not allowed)
 */
@WellTyped(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@NoUnknownMembers(groups = {Groups.Reference.class, Groups.CodeGov.class, Groups.California.class, Groups.ShareIt.class, Groups.Cms.class})
@IfOtherRequired(groups = {Groups.CodeGov.class, Groups.California.class})
@IfOtherRequired(blank = true, groups = {Groups.CodeGov.class, Groups.California.class}, payload = Severity.Warning.class)
public record MeasurementType(
        Property<MeasurementMethod> method,
        Property<String> ifOther,
        Unknown unknown) {

    /** Creates the record; a field left out is {@link Property#absent()}, and no component is null. */
    public MeasurementType {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(ifOther, "ifOther");
        Objects.requireNonNull(unknown, "unknown");
    }
}
