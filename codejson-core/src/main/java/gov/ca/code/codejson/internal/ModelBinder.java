package gov.ca.code.codejson.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.JsonIntegerEnum;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

import org.jspecify.annotations.Nullable;

/**
 * Binds located JSON values to model records without losing anything: a value of the wrong type
 * becomes {@link Property.Invalid}, members the schema does not define go to {@link Unknown}.
 *
 * <p>Binding is one pass over the members of each object, with the record's shape, its member
 * positions and its enumerations' spellings looked up once per class; numbers keep the text they
 * were written with, so that writing them back never re-spells them.
 *
 * <p>Not API.
 */
public final class ModelBinder {

    /** Up to this many unknown members, a scan finds repeated names faster than a map. */
    private static final int SMALL = 8;

    /** The constant of each JSON spelling of an enumeration. */
    private static final ClassValue<Map<String, Object>> ENUMS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byJson = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                if (constant instanceof JsonEnum e) {
                    byJson.putIfAbsent(e.json(), constant);
                } else {
                    byJson.putIfAbsent(Long.toString(((JsonIntegerEnum) constant).json()), constant);
                }
            }
            return Map.copyOf(byJson);
        }
    };

    /** The JSON spellings of each enumeration, in declaration order. */
    private static final ClassValue<List<String>> SPELLINGS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant instanceof JsonIntegerEnum i ? Long.toString(i.json()) : ((JsonEnum) constant).json());
            }
            return List.copyOf(names);
        }
    };

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

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
        // One pass over the members, each bound straight into the constructor's argument of its
        // component: a repeated name binds again, so it keeps its last value, as
        // JsonObject.member(name) resolves it.
        Object[] components = shape.newComponents();
        List<JsonValue.Member> unknown = null;
        List<JsonValue.Member> members = object.members();
        // Indexed rather than through an iterator: this loop runs for every member of every object read.
        int guess = 0;
        for (int k = 0; k < members.size(); k++) {
            JsonValue.Member m = members.get(k);
            int at = shape.position(m.name(), guess);
            if (at >= 0) {
                RecordShape.Slot slot = slots.get(at);
                components[slot.index()] = property(slot.type(), m.value());
                guess = at + 1;
            } else {
                if (unknown == null) {
                    unknown = new ArrayList<>();
                }
                unknown.add(m);
            }
        }
        return type.cast(shape.create(components, unknown == null ? Unknown.NONE : new Unknown(lastValues(unknown))));
    }

    /** The members with each repeated name once, at its first position with its last value. */
    private static List<JsonValue.Member> lastValues(List<JsonValue.Member> members) {
        if (members.size() <= SMALL) {
            boolean repeated = false;
            for (int i = 1; i < members.size() && !repeated; i++) {
                for (int j = 0; j < i; j++) {
                    if (members.get(i).name().equals(members.get(j).name())) {
                        repeated = true;
                        break;
                    }
                }
            }
            if (!repeated) {
                return members;
            }
        }
        Map<String, Integer> first = new HashMap<>();
        List<JsonValue.Member> out = new ArrayList<>(members.size());
        for (JsonValue.Member m : members) {
            Integer at = first.putIfAbsent(m.name(), out.size());
            if (at == null) {
                out.add(m);
            } else {
                out.set(at, m);
            }
        }
        return out;
    }

    /** {@return the property for one JSON value of the expected type} */
    public static Property<?> property(RecordShape.ValueType type, JsonValue value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof JsonValue.JsonNull n) {
            return new Property.Null<>(n.position());
        }
        switch (type.kind()) {
            case STRING -> {
                if (value instanceof JsonValue.JsonString s) {
                    return new Property.Present<>(s.value(), s.position());
                }
            }
            case NUMBER -> {
                if (value instanceof JsonValue.JsonNumber n) {
                    return new Property.Present<>(WrittenDecimal.of(n.text()), n.position());
                }
            }
            case INTEGER -> {
                if (value instanceof JsonValue.JsonNumber n) {
                    Long l = exactLong(n);
                    if (l != null) {
                        return new Property.Present<>(l, n.position(), written(l, n.text()));
                    }
                }
            }
            case BOOLEAN -> {
                if (value instanceof JsonValue.JsonBoolean b) {
                    return new Property.Present<>(b.value(), b.position());
                }
            }
            case ENUM -> {
                if (value instanceof JsonValue.JsonString s) {
                    Object constant = ENUMS.get(type.javaType()).get(s.value());
                    if (constant != null) {
                        return new Property.Present<>(constant, s.position());
                    }
                    return new Property.Invalid<>(value, "one of the allowed values", spellings(type.javaType()));
                }
            }
            case INTEGER_ENUM -> {
                if (value instanceof JsonValue.JsonNumber n) {
                    Long wanted = exactLong(n);
                    Object constant = wanted == null ? null : ENUMS.get(type.javaType()).get(wanted.toString());
                    if (constant != null) {
                        return new Property.Present<>(constant, n.position(), written(wanted, n.text()));
                    }
                    return new Property.Invalid<>(value, "one of the allowed values", spellings(type.javaType()));
                }
            }
            case OBJECT -> {
                if (value instanceof JsonValue.JsonObject o) {
                    return new Property.Present<>(bind(type.javaType(), o), o.position());
                }
            }
            case ARRAY -> {
                if (value instanceof JsonValue.JsonArray a) {
                    List<JsonValue> values = a.elements();
                    RecordShape.ValueType element = Objects.requireNonNull(type.element(), "element");
                    // Filled in place and wrapped once: List.of copies the array once, not twice as copying a list would.
                    Property<?>[] elements = new Property<?>[values.size()];
                    for (int k = 0; k < elements.length; k++) {
                        elements[k] = property(element, values.get(k));
                    }
                    return new Property.Present<>(List.of(elements), a.position());
                }
            }
            default -> throw new IllegalStateException("unknown kind " + type.kind());
        }
        return new Property.Invalid<>(value, type.describe(), List.of());
    }

    /**
     * {@return what a string binds to where the schema wants a value of {@code type}: the constant
     *     of that spelling, or the string kept as an invalid value}
     */
    public static <E extends Enum<E> & JsonEnum> Property<E> enumValue(Class<E> type, String value) {
        Object constant = ENUMS.get(type).get(value);
        return constant != null ? Property.of(type.cast(constant))
                : new Property.Invalid<>(new JsonValue.JsonString(value, Location.UNKNOWN), "one of the allowed values", spellings(type));
    }

    /** {@return the JSON spellings of an enumeration, in declaration order} */
    public static List<String> spellings(Class<?> enumType) {
        return SPELLINGS.get(enumType);
    }

    /** {@return the number as a {@code long} when it is integral and fits one, else null} */
    private static @Nullable Long exactLong(JsonValue.JsonNumber n) {
        String text = n.text();
        // Up to 18 digits always fit; that is every integer a real inventory holds, read without a decimal.
        if (text.length() <= 18 && isDigits(text)) {
            return Long.parseLong(text);
        }
        if (!n.isIntegral()) {
            return null;
        }
        BigDecimal d = n.decimal();
        return d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0 ? d.longValueExact() : null;
    }

    /**
     * The text of an integer to keep for writing it back: empty when the value's own spelling is
     * the text, else the text, as {@code 1.0}, {@code 1e2} or {@code -0} are.
     */
    private static String written(long value, String text) {
        boolean own = text.length() <= 18 && isDigits(text) ? !text.equals("-0") : Long.toString(value).equals(text);
        return own ? "" : text;
    }

    private static boolean isDigits(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
