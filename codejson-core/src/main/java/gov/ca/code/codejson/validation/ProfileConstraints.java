package gov.ca.code.codejson.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import gov.ca.code.codejson.internal.RecordShape;
import gov.ca.code.codejson.validation.constraints.Required;
import gov.ca.code.codejson.validation.constraints.RequiredFields;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate Validator set up for one profile: the constraints that the records reachable from a
 * root type declare for the profile's group, and only those, each declared again for that group
 * alone.
 *
 * <p>Why: a constraint declared for several groups, as most are (a schema rule belongs to every
 * profile), makes Hibernate Validator keep, for every record it validates, a table of the
 * constraints already run, in case another group asks for them again; it looks each constraint up
 * in that table, even those of other profiles, which it then skips. With one profile's constraints
 * each in one group there is nothing to remember and nothing to skip. The annotations on the
 * records stay the one declaration of every rule; this class only reads them.
 */
final class ProfileConstraints {

    /**
     * Hibernate Validator announces its version at INFO through java.util.logging on its first
     * bootstrap, a stray line on standard error of every program that validates; the field keeps a
     * strong reference so that the level is not lost with a collected logger.
     */
    private static final Logger VERSION_BANNER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    static {
        VERSION_BANNER.setLevel(Level.WARNING);
    }

    /** One validator per profile and root type, bootstrapped on the first validation that needs it. */
    private static final Map<List<Object>, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private ProfileConstraints() {
    }

    /** {@return the validator of a profile's constraints on the records reachable from a root type} */
    static Validator validator(Profile profile, Class<?> rootType) {
        return VALIDATORS.computeIfAbsent(List.of(profile, rootType), key -> build(profile, rootType));
    }

    private static Validator build(Profile profile, Class<?> rootType) {
        // The parameter interpolator, so that no Expression Language implementation is needed on the user's class path.
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        ConstraintMapping mapping = configuration.createConstraintMapping();
        for (Class<?> type : reachable(rootType)) {
            TypeConstraintMappingContext<?> context = mapping.type(type).ignoreAllAnnotations();
            for (Annotation constraint : constraints(type.getAnnotations(), profile)) {
                context.constraint(definition(constraint, profile));
            }
            // The required fields of a record that share a rule and a severity, by rule and severity.
            Map<RequiredKey, List<String>> required = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                List<Annotation> declared;
                try {
                    declared = constraints(type.getDeclaredField(component.getName()).getAnnotations(), profile);
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException("a record without the field of its component " + component, e);
                }
                List<Annotation> others = new ArrayList<>();
                for (Annotation constraint : declared) {
                    if (constraint instanceof Required r) {
                        required.computeIfAbsent(new RequiredKey(r.rule(), List.of(r.payload())), k -> new ArrayList<>())
                                .add(component.getName());
                    } else {
                        others.add(constraint);
                    }
                }
                if (!others.isEmpty()) {
                    var field = context.field(component.getName());
                    others.forEach(constraint -> field.constraint(definition(constraint, profile)));
                }
            }
            // Checked in one evaluation per record instead of one per field: most records have most of
            // their required fields, and each evaluation is Hibernate Validator's bookkeeping for one
            // constraint, which costs more than looking at a field.
            required.forEach((key, fields) -> context.constraint(new GenericConstraintDef<>(RequiredFields.class)
                    .param("type", type)
                    .param("fields", fields.toArray(String[]::new))
                    .param("rule", key.rule())
                    .groups(profile.group())
                    .payload(key.payload().toArray(Class[]::new))));
        }
        return configuration.addMapping(mapping).buildValidatorFactory().getValidator();
    }

    /** The rule and severity that the required fields checked in one evaluation share. */
    private record RequiredKey(String rule, List<Class<? extends Payload>> payload) {
    }

    /** {@return the record types a root type holds, itself included, each once} */
    private static Set<Class<?>> reachable(Class<?> rootType) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(rootType));
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (!type.isRecord() || !seen.add(type)) {
                continue;
            }
            for (RecordShape.Slot slot : RecordShape.of(type).slots()) {
                RecordShape.ValueType value = slot.type();
                while (value.kind() == RecordShape.Kind.ARRAY) {
                    value = value.element();
                }
                if (value.kind() == RecordShape.Kind.OBJECT) {
                    next.push(value.javaType());
                }
            }
        }
        return seen;
    }

    /** {@return the constraints among annotations, repeated ones unpacked, that name the profile's group} */
    private static List<Annotation> constraints(Annotation[] annotations, Profile profile) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                if (Arrays.asList((Class<?>[]) attribute(a, "groups")).contains(profile.group())) {
                    out.add(a);
                }
            } else if (attributeOrNull(a, "value") instanceof Annotation[] repeated) {
                out.addAll(constraints(repeated, profile));
            }
        }
        return out;
    }

    /** {@return a constraint declared again with every attribute it has, for the profile's group alone} */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static GenericConstraintDef<?> definition(Annotation constraint, Profile profile) {
        GenericConstraintDef definition = new GenericConstraintDef(constraint.annotationType());
        for (Method m : constraint.annotationType().getDeclaredMethods()) {
            switch (m.getName()) {
                case "groups" -> definition.groups(profile.group());
                case "payload" -> definition.payload((Class<? extends Payload>[]) attribute(constraint, "payload"));
                case "message" -> definition.message((String) attribute(constraint, "message"));
                default -> definition.param(m.getName(), attribute(constraint, m.getName()));
            }
        }
        return definition;
    }

    private static Object attribute(Annotation a, String name) {
        Object value = attributeOrNull(a, name);
        if (value == null) {
            throw new IllegalStateException(a.annotationType().getName() + " has no attribute " + name);
        }
        return value;
    }

    private static @Nullable Object attributeOrNull(Annotation a, String name) {
        try {
            Method m = a.annotationType().getDeclaredMethod(name);
            // The constraints of a family may be package-private annotations of its own package.
            m.setAccessible(true);
            return m.invoke(a);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + a, e);
        }
    }
}
