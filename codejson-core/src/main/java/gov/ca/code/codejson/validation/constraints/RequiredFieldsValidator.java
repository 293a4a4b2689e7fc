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

    private String[] fields = new String[0];
    /**
     * The record type and the slots of the fields, found on the first record checked: a declaration
     * is about one record type. One object with final fields, so that threads that find it set see
     * it whole.
     */
    private @Nullable Resolved resolved;

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public RequiredFieldsValidator() {
    }

    @Override
    public void initialize(RequiredFields constraint) {
        fields = constraint.fields().clone();
    }

    @Override
    public boolean isValid(@Nullable Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Resolved r = resolved;
        if (r == null || r.shape().type() != value.getClass()) {
            r = resolve(RecordShape.of(value.getClass()));
            resolved = r;
        }
        boolean valid = true;
        for (RecordShape.Slot slot : r.slots()) {
            Property<?> p = r.shape().get(value, slot);
            if (p == null || !p.isDefined()) {
                Findings.report(context, JsonPointer.append("", slot.jsonName()), RequiredValidator.message(slot.jsonName()));
                valid = false;
            }
        }
        return valid;
    }

    private Resolved resolve(RecordShape shape) {
        List<RecordShape.Slot> list = new ArrayList<>();
        for (String field : fields) {
            list.add(shape.slotForJava(field).orElseThrow(
                    () -> new IllegalStateException(shape.type().getName() + " has no component " + field)));
        }
        return new Resolved(shape, list.toArray(RecordShape.Slot[]::new));
    }

    private record Resolved(RecordShape shape, RecordShape.Slot[] slots) {
    }
}
