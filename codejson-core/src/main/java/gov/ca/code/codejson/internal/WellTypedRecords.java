package gov.ca.code.codejson.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import gov.ca.code.codejson.model.Property;

import org.jspecify.annotations.Nullable;

/**
 * Which values have nothing for the {@code WellTyped} constraint to report, and the record the
 * model validator hands to Hibernate Validator after finding that none of its values has. The
 * validator's walk goes over every value of every record anyway, to reach the records below; it
 * notes on the way whether each is well typed, so that the constraint does not go over them again
 * for the many records that are. Any other validation of a record, by any validator, checks it in
 * full.
 */
public final class WellTypedRecords {

    /** The record being validated whose values are known to be well typed, on this thread. */
    private static final ThreadLocal<@Nullable Object> KNOWN = new ThreadLocal<>();

    private WellTypedRecords() {
    }

    /** An absent value, or a present one other than a list. */
    public static boolean isPlain(Object value) {
        return value instanceof Property.Absent<?>
                || value instanceof Property.Present<?> present && !(present.get() instanceof List<?>);
    }

    /**
     * {@return whether a slot's value has nothing to report: absent, or present and not a list, or
     * a list whose every element is such a value} An invalid value or a null, even one the schema
     * allows, is not, so that the constraint looks at it. A present value of exactly the slot's
     * Java type needs no test against {@code List}, an interface test that scans the interfaces of
     * the value's class; that test is left for the values of other classes.
     *
     * @param value a record component's property
     * @param type the component's type
     */
    public static boolean isWellTyped(Object value, RecordShape.ValueType type) {
        if (value instanceof Property.Absent<?>) {
            return true;
        }
        if (!(value instanceof Property.Present<?> present)) {
            return false;
        }
        Object v = present.get();
        if (v.getClass() == type.javaType() || !(v instanceof List<?> elements)) {
            return true;
        }
        @Nullable Class<?> elementType = type.element() == null ? null : type.element().javaType();
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            if (!(element instanceof Property.Absent<?>
                    || element instanceof Property.Present<?> e
                            && (e.get().getClass() == elementType || !(e.get() instanceof List<?>)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Validates one record in one group, telling the constraint whether the record is known to be well typed.
     *
     * @param validator the validator
     * @param record the record validated
     * @param wellTyped whether each of its values {@link #isWellTyped is well typed}
     * @param group the group validated
     * @return the violations
     */
    public static Set<ConstraintViolation<Object>> validate(Validator validator, Object record, boolean wellTyped,
            Class<?> group) {
        KNOWN.set(wellTyped ? record : null);
        try {
            return validator.validate(record, group);
        } finally {
            KNOWN.set(null);
        }
    }

    /** {@return whether this record is the one being validated, known to be well typed} */
    public static boolean known(Object record) {
        return KNOWN.get() == record;
    }
}
