package gov.ca.code.codejson.validation.constraints;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import gov.ca.code.codejson.internal.ModelWriter;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/** Checks {@link UniqueItems}: reports each element equal to an earlier one. */
public final class UniqueItemsValidator implements ConstraintValidator<UniqueItems, Property<?>> {

    /** Made by Hibernate Validator, one instance per declaration of the constraint. */
    public UniqueItemsValidator() {
    }

    @Override
    public boolean isValid(@Nullable Property<?> value, ConstraintValidatorContext context) {
        if (!(value instanceof Property.Present<?> present) || !(present.get() instanceof List<?> list)) {
            return true;
        }
        boolean valid = true;
        for (int i = 1; i < list.size(); i++) {
            JsonValue later = ModelWriter.toJson((Property<?>) list.get(i));
            for (int j = 0; j < i; j++) {
                if (same(ModelWriter.toJson((Property<?>) list.get(j)), later)) {
                    Findings.report(context, "/" + i, "element " + i + " (" + Findings.describe(later)
                            + ") repeats element " + j + "; the elements must all be different, remove the repetition");
                    valid = false;
                    break;
                }
            }
        }
        return valid;
    }

    /** JSON equality as JSON Schema defines it: numbers by value, objects regardless of member order. */
    static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonValue.JsonNumber x && b instanceof JsonValue.JsonNumber y) {
            BigDecimal dx = x.decimal();
            return dx.compareTo(y.decimal()) == 0;
        }
        if (a instanceof JsonValue.JsonString x && b instanceof JsonValue.JsonString y) {
            return x.value().equals(y.value());
        }
        if (a instanceof JsonValue.JsonBoolean x && b instanceof JsonValue.JsonBoolean y) {
            return x.value() == y.value();
        }
        if (a instanceof JsonValue.JsonNull && b instanceof JsonValue.JsonNull) {
            return true;
        }
        if (a instanceof JsonValue.JsonArray x && b instanceof JsonValue.JsonArray y) {
            if (x.elements().size() != y.elements().size()) {
                return false;
            }
            for (int i = 0; i < x.elements().size(); i++) {
                if (!same(x.elements().get(i), y.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonValue.JsonObject x && b instanceof JsonValue.JsonObject y) {
            List<String> names = x.names();
            if (names.size() != y.names().size()) {
                return false;
            }
            for (String name : names) {
                JsonValue other = y.get(name).orElse(null);
                if (other == null || !same(x.get(name).orElseThrow(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
