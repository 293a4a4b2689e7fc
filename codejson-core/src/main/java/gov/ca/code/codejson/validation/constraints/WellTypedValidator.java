package gov.ca.code.codejson.validation.constraints;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.internal.RecordShape;
import gov.ca.code.codejson.internal.WellTypedRecords;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link WellTyped}: reports each wrong type, wrong spelling and forbidden null. */
public final class WellTypedValidator implements ConstraintValidator<WellTyped, Record> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public WellTypedValidator() {
    }

    @Override
    public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
        if (value == null || WellTypedRecords.known(value)) {
            return true;
        }
        RecordShape shape = RecordShape.of(value.getClass());
        boolean valid = true;
        for (RecordShape.Slot slot : shape.slots()) {
            Property<?> p = shape.get(value, slot);
            if (WellTypedRecords.isWellTyped(p, slot.type())) {
                continue;
            }
            String pointer = JsonPointer.append("", slot.jsonName());
            valid &= check(p, slot.jsonName(), slot.type(), slot.nullable(), pointer, context);
        }
        return valid;
    }

    private static boolean check(Property<?> p, String field, RecordShape.ValueType type, boolean nullable,
            String pointer, ConstraintValidatorContext context) {
        if (p instanceof Property.Invalid<?> invalid) {
            String rule = invalid.allowed().isEmpty() ? "" : "schema.enum";
            Findings.report(context, new Finding(pointer, Findings.invalid(field, invalid), rule));
            return false;
        }
        if (p instanceof Property.Null<?> && !nullable) {
            Findings.report(context, pointer, field + " must be " + Findings.article(type.describe())
                    + ", not null; give a value or leave the field out");
            return false;
        }
        boolean valid = true;
        if (p instanceof Property.Present<?> present && present.get() instanceof List<?> elements) {
            for (int i = 0; i < elements.size(); i++) {
                Object element = elements.get(i);
                if (WellTypedRecords.isPlain(element)) {
                    continue;
                }
                valid &= check((Property<?>) element, field + "[" + i + "]", type.element(), false,
                        JsonPointer.append(pointer, i), context);
            }
        }
        return valid;
    }
}
