package gov.ca.code.codejson.validation;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.validator.engine.HibernateConstraintViolation;

import gov.ca.code.codejson.internal.DiagnosticOrder;
import gov.ca.code.codejson.internal.RecordShape;
import gov.ca.code.codejson.internal.WellTypedRecords;
import gov.ca.code.codejson.json.JsonPointer;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.validation.constraints.Finding;
import gov.ca.code.codejson.validation.constraints.NotNullValue;

import org.jspecify.annotations.Nullable;

/**
 * Runs the Bean Validation constraints of a profile over a model tree and turns each constraint
 * violation into a located {@link Diagnostic}. Every object of the tree is validated; nothing stops
 * at the first problem. Thread-safe.
 */
public final class ModelValidator {

    /**
     * Makes a validator. Hibernate Validator itself starts on the first validation, once for each
     * profile, so that programs that read, write or migrate without validating never pay for it.
     */
    public ModelValidator() {
    }

    /**
     * Validates a model tree.
     *
     * @param root the root record of the model
     * @param profile the profile whose rules apply
     * @param source the JSON the model was read from, to locate violations; null when built in code
     * @return the violations, in document order
     */
    public List<Diagnostic> validate(Record root, Profile profile, @Nullable JsonValue source) {
        List<Diagnostic> out = new ArrayList<>();
        Validator validator = ProfileConstraints.validator(profile, root.getClass());
        walk(root, new Here(null, null, -1), validator, profile, source == null ? null : new JsonPointer.Locator(source), out);
        DiagnosticOrder.sort(out);
        return List.copyOf(out);
    }

    private void walk(Object record, Here here, Validator validator, Profile profile, JsonPointer.@Nullable Locator source,
            List<Diagnostic> out) {
        RecordShape shape = RecordShape.of(record.getClass());
        boolean wellTyped = true;
        int ends = 0;
        // Indexed: an iterator per record is an allocation the compiler does not always remove.
        List<RecordShape.Slot> slots = shape.slots();
        for (int s = 0; s < slots.size(); s++) {
            RecordShape.Slot slot = slots.get(s);
            Property<?> p = shape.get(record, slot);
            wellTyped = wellTyped && WellTypedRecords.isWellTyped(p, slot.type());
            if (!(p instanceof Property.Present<?> present)) {
                continue;
            }
            if (present.get() instanceof String text) {
                // The length's bounds check reads the start of the bytes, and the last character the end.
                ends += text.isEmpty() ? 0 : text.charAt(text.length() - 1);
            }
            RecordShape.Kind kind = slot.type().kind();
            if (kind == RecordShape.Kind.OBJECT) {
                walk(present.get(), new Here(here, slot.jsonName(), -1), validator, profile, source, out);
            } else if (kind == RecordShape.Kind.ARRAY && slot.type().element().kind() == RecordShape.Kind.OBJECT) {
                Here child = new Here(here, slot.jsonName(), -1);
                List<?> elements = (List<?>) present.get();
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) instanceof Property.Present<?> e) {
                        walk(e.get(), new Here(child, null, i), validator, profile, source, out);
                    }
                }
            }
        }
        here.stringEnds = ends;
        // The records below are validated first; the violations are sorted into document order at the end.
        Set<ConstraintViolation<Object>> found = WellTypedRecords.validate(validator, record, wellTyped, profile.group());
        for (ConstraintViolation<Object> cv : found) {
            out.add(convert(cv, shape, here, source));
        }
    }

    /**
     * Where the walk is: a member name or an array index under a parent. The pointer text and the
     * JSON value are found only when a violation needs them, not for every object visited; the
     * value is then kept for the other violations of the same object.
     */
    private static final class Here {
        private final @Nullable Here parent;
        private final @Nullable String name;
        private final int index;
        /** The value read at this place, or the deepest value above it when the tree has none here. */
        private @Nullable JsonValue node;
        private boolean found;
        /**
         * The last characters of the strings of the record at this place, summed, kept only so that
         * the compiler cannot drop the reads as unused. Why the walk reads them: the constraints
         * read the record's strings one after another, each between other work of Hibernate
         * Validator, and in a large document most are not in the processor's cache, so each read
         * waits for memory. Read first in this loop, where no load waits for another, they are
         * fetched together. {@code Versus} measured read + validate about 4 % faster when the walk
         * read each string's length and 2 to 3 % more when it read the last character instead;
         * without the walk's look at each value at all, 16 % slower.
         */
        private int stringEnds;

        Here(@Nullable Here parent, @Nullable String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        String pointer() {
            if (parent == null) {
                return "";
            }
            String base = parent.pointer();
            return name != null ? JsonPointer.append(base, name) : JsonPointer.append(base, index);
        }

        /** {@return the value at this place, or the deepest one above it}; {@link #found} tells which */
        JsonValue node(JsonPointer.Locator source) {
            if (node == null) {
                if (parent == null) {
                    node = source.root();
                    found = true;
                } else {
                    JsonValue above = parent.node(source);
                    @Nullable JsonValue here = parent.found
                            ? source.child(above, name != null ? name : Integer.toString(index)) : null;
                    node = here != null ? here : above;
                    found = here != null;
                }
            }
            return node;
        }

        /** {@return where a pointer relative to this place points, as the locator finds it from the root} */
        Location locate(JsonPointer.Locator source, @Nullable String field, String rest) {
            JsonValue at = node(source);
            if (!found) {
                return at.location();
            }
            if (field != null) {
                @Nullable JsonValue member = source.child(at, field);
                if (member == null) {
                    return at.location();
                }
                at = member;
            }
            return source.locate(at, rest);
        }
    }

    private static Diagnostic convert(ConstraintViolation<Object> cv, RecordShape shape, Here here,
            JsonPointer.@Nullable Locator source) {
        String base = here.pointer();
        ConstraintDescriptor<?> descriptor = cv.getConstraintDescriptor();
        Object ruleAttribute = descriptor.getAttributes().get("rule");
        String rule = ruleAttribute instanceof String r ? r : descriptor.getAnnotation().annotationType().getSimpleName();
        Severity severity = Severity.ERROR;
        if (descriptor.getPayload().contains(Severity.Warning.class)) {
            severity = Severity.WARNING;
        } else if (descriptor.getPayload().contains(Severity.Info.class)) {
            severity = Severity.INFO;
        }
        @Nullable String field = leafField(cv.getPropertyPath(), shape);
        String fieldPointer = field == null ? base : JsonPointer.append(base, field);
        String pointer;
        String rest = "";
        String message;
        HibernateConstraintViolation<?> hibernate = cv.unwrap(HibernateConstraintViolation.class);
        @Nullable Finding finding = hibernate.getDynamicPayload(Finding.class);
        if (finding != null) {
            pointer = fieldPointer + finding.pointer();
            rest = finding.pointer();
            message = finding.message();
            if (!finding.rule().isEmpty()) {
                rule = finding.rule();
            }
        } else {
            pointer = fieldPointer;
            // Required fields are reported as findings of RequiredFields, which ProfileConstraints declares in their place.
            Class<?> type = descriptor.getAnnotation().annotationType();
            if (type == NotNullValue.class) {
                message = field + " must not be null; give a value";
            } else {
                message = cv.getMessage();
            }
        }
        Location location = source == null ? Location.UNKNOWN : here.locate(source, field, rest);
        return Diagnostic.at(pointer, rule, severity, message, location);
    }

    /** {@return the JSON name of the field a field-level violation concerns, or null for a class-level one} */
    private static @Nullable String leafField(Path path, RecordShape shape) {
        String javaName = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                javaName = node.getName();
            }
        }
        if (javaName == null) {
            return null;
        }
        return shape.slotForJava(javaName).map(RecordShape.Slot::jsonName).orElse(javaName);
    }
}
