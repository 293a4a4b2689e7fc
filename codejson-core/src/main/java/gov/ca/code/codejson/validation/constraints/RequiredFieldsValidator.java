package gov.ca.code.codejson.validation.constraints;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.internal.RecordShape;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link RequiredFields}: reports each named field that does not appear, as {@link Required} does. */
public final class RequiredFieldsValidator implements ConstraintValidator<RequiredFields, Record> {

    private @Nullable RecordShape shape;
    private RecordShape.Slot[] slots = new RecordShape.Slot[0];

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public RequiredFieldsValidator() {
    }

    @Override
    public void initialize(RequiredFields constraint) {
        RecordShape of = RecordShape.of(constraint.type());
        List<RecordShape.Slot> found = new ArrayList<>();
        for (String field : constraint.fields()) {
            found.add(of.slotForJava(field).orElseThrow(
                    () -> new IllegalStateException(of.type().getName() + " has no component " + field)));
        }
        shape = of;
        slots = found.toArray(RecordShape.Slot[]::new);
    }

    @Override
    public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
        if (value == null || shape == null) {
            return true;
        }
        boolean valid = true;
        for (RecordShape.Slot slot : slots) {
            Property<?> p = shape.get(value, slot);
            if (p == null || !p.isDefined()) {
                Findings.report(context, JsonPointer.append("", slot.jsonName()),
                        "the required field " + slot.jsonName() + " is missing; add it");
                valid = false;
            }
        }
        return valid;
    }
}
