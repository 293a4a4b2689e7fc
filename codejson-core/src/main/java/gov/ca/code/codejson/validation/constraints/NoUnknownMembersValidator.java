package gov.ca.code.codejson.validation.constraints;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.internal.RecordShape;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;

import org.jspecify.annotations.Nullable;

/** Checks {@link NoUnknownMembers}: reports each member the schema does not define. */
public final class NoUnknownMembersValidator implements ConstraintValidator<NoUnknownMembers, Record> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public NoUnknownMembersValidator() {
    }

    @Override
    public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        RecordShape shape = RecordShape.of(value.getClass());
        boolean valid = true;
        // Indexed: most records have no unknown member, and an iterator over none is still an allocation.
        List<JsonValue.Member> unknown = shape.unknown(value).members();
        for (int i = 0; i < unknown.size(); i++) {
            JsonValue.Member member = unknown.get(i);
            String known = closestKnown(shape, member.name());
            Findings.report(context, JsonPointer.append("", member.name()), Findings.quote(member.name())
                    + " is not a field of this object" + (known == null ? "; remove it" : "; did you mean "
                    + Findings.quote(known) + "?"));
            valid = false;
        }
        return valid;
    }

    private static String closestKnown(RecordShape shape, String name) {
        for (RecordShape.Slot slot : shape.slots()) {
            if (slot.jsonName().equalsIgnoreCase(name) || slot.jsonName().equalsIgnoreCase(name.replace("_", ""))) {
                return slot.jsonName();
            }
        }
        return null;
    }
}
