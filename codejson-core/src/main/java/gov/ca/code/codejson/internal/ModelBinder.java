package gov.ca.code.codejson.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.JsonIntegerEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

/**
 * Binds located JSON values to model records without losing anything: a value of the wrong type
 * becomes {@link Property.Invalid}, members the schema does not define go to {@link Unknown}.
 *
 * <p>Not API.
 */
public final class ModelBinder {

    private ModelBinder() {
    }

    /**
     * Binds an object to a record.
     *
     * @param type the record class
     * @param object the object
     * @return the record
     */
    public static <R> R bind(Class<R> type, JsonValue.JsonObject object) {
        RecordShape shape = RecordShape.of(type);
        List<RecordShape.Slot> slots = shape.slots();
        // One pass over the members: a repeated name keeps its first position and its last value,
        // as JsonObject.names() and JsonObject.member(name) resolve them.
        Map<String, JsonValue.Member> last = new LinkedHashMap<>();
        for (JsonValue.Member m : object.members()) {
            last.put(m.name(), m);
        }
        Property<?>[] values = new Property<?>[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            RecordShape.Slot slot = slots.get(i);
            JsonValue.Member m = last.get(slot.jsonName());
            values[i] = m == null ? Property.absent() : property(slot.type(), m.value());
        }
        List<JsonValue.Member> unknown = new ArrayList<>();
        for (JsonValue.Member m : last.values()) {
            if (shape.slotForJson(m.name()).isEmpty()) {
                unknown.add(m);
            }
        }
        return type.cast(shape.create(values, new Unknown(unknown)));
    }

    /** {@return the property for one JSON value of the expected type} */
    public static Property<?> property(RecordShape.ValueType type, JsonValue value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof JsonValue.JsonNull n) {
            return new Property.Null<>(n.location());
        }
        switch (type.kind()) {
            case STRING -> {
                if (value instanceof JsonValue.JsonString s) {
                    return new Property.Present<>(s.value(), s.location());
                }
            }
            case NUMBER -> {
                if (value instanceof JsonValue.JsonNumber n) {
                    return new Property.Present<>(n.decimal(), n.location());
                }
            }
            case INTEGER -> {
                if (value instanceof JsonValue.JsonNumber n && n.isIntegral() && fitsLong(n.decimal())) {
                    return new Property.Present<>(n.decimal().longValueExact(), n.location());
                }
            }
            case BOOLEAN -> {
                if (value instanceof JsonValue.JsonBoolean b) {
                    return new Property.Present<>(b.value(), b.location());
                }
            }
            case ENUM -> {
                if (value instanceof JsonValue.JsonString s) {
                    for (Object constant : type.javaType().getEnumConstants()) {
                        if (((JsonEnum) constant).json().equals(s.value())) {
                            return new Property.Present<>(constant, s.location());
                        }
                    }
                    return new Property.Invalid<>(value, "one of the allowed values", spellings(type.javaType()));
                }
            }
            case INTEGER_ENUM -> {
                if (value instanceof JsonValue.JsonNumber n) {
                    if (n.isIntegral() && fitsLong(n.decimal())) {
                        long wanted = n.decimal().longValueExact();
                        for (Object constant : type.javaType().getEnumConstants()) {
                            if (((JsonIntegerEnum) constant).json() == wanted) {
                                return new Property.Present<>(constant, n.location());
                            }
                        }
                    }
                    return new Property.Invalid<>(value, "one of the allowed values", spellings(type.javaType()));
                }
            }
            case OBJECT -> {
                if (value instanceof JsonValue.JsonObject o) {
                    return new Property.Present<>(bind(type.javaType(), o), o.location());
                }
            }
            case ARRAY -> {
                if (value instanceof JsonValue.JsonArray a) {
                    List<Property<?>> elements = new ArrayList<>(a.elements().size());
                    for (JsonValue e : a.elements()) {
                        elements.add(property(type.element(), e));
                    }
                    return new Property.Present<>(List.copyOf(elements), a.location());
                }
            }
            default -> throw new IllegalStateException("unknown kind " + type.kind());
        }
        return new Property.Invalid<>(value, type.describe(), List.of());
    }

    /** {@return the JSON spellings of an enumeration, in declaration order} */
    public static List<String> spellings(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(constant instanceof JsonIntegerEnum i ? Long.toString(i.json()) : ((JsonEnum) constant).json());
        }
        return List.copyOf(names);
    }

    private static boolean fitsLong(BigDecimal d) {
        return d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0 && d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

}
