package gov.ca.code.codejson.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.JsonIntegerEnum;
import gov.ca.code.codejson.model.JsonName;
import gov.ca.code.codejson.model.NullAllowed;
import gov.ca.code.codejson.model.Property;
import gov.ca.code.codejson.model.Unknown;

import org.jspecify.annotations.Nullable;

/**
 * How a model record maps to a JSON object: one {@link Slot} per schema field, in schema order,
 * and the component that holds the unknown members. Shapes are computed once per class.
 *
 * <p>Not API: the binding machinery behind the model records.
 */
public final class RecordShape {

    /** Shapes by class: a {@link ClassValue} is read without locking or hashing on every object bound. */
    private static final ClassValue<RecordShape> CACHE = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final List<Slot> slots;
    private final Map<String, Slot> byJsonName;
    private final Map<String, Slot> byJavaName;
    /** The position in {@link #slots()} of each JSON member name. */
    private final Map<String, Integer> positions;
    /** The JSON member name of each slot, interned, for the identity scan of {@link #position(String, int)}. */
    private final String[] jsonNames;
    private final int unknownIndex;
    /** The component index of each slot, in slot order. */
    private final int[] slotIndexes;
    private final int componentCount;
    /** The canonical constructor, taking all components as one {@code Object[]}. */
    private final MethodHandle constructor;
    /** One accessor per component, typed {@code (Object) -> Object}. */
    private final MethodHandle[] accessors;

    /** The JSON kinds a value can have in the model. */
    public enum Kind {
        /** A JSON string, as {@link String}. */
        STRING("string"),
        /** A JSON number, as {@link BigDecimal}. */
        NUMBER("number"),
        /** A JSON number without fraction, as {@link Long}. */
        INTEGER("integer"),
        /** A JSON boolean, as {@link Boolean}. */
        BOOLEAN("boolean"),
        /** A string from a fixed set, as a {@link JsonEnum}. */
        ENUM("string"),
        /** An integer from a fixed set, as a {@link JsonIntegerEnum}. */
        INTEGER_ENUM("integer"),
        /** A JSON object, as a model record. */
        OBJECT("object"),
        /** A JSON array of properties. */
        ARRAY("array");

        private final String jsonType;

        Kind(String jsonType) {
            this.jsonType = jsonType;
        }

        /** {@return the JSON Schema type name} */
        public String jsonType() {
            return jsonType;
        }
    }

    /**
     * The type of a value: its kind, the Java class for enums and objects, and the element type
     * for arrays.
     *
     * @param kind the kind
     * @param javaType the enum or record class, or the value class
     * @param element the element type of an array, otherwise null
     */
    public record ValueType(Kind kind, Class<?> javaType, @Nullable ValueType element) {
        /** {@return how messages name the expected JSON value} */
        public String describe() {
            return kind == Kind.ARRAY ? "array of " + element.kind().jsonType() : kind.jsonType();
        }
    }

    /**
     * One schema field of a record.
     *
     * @param javaName the record component name
     * @param jsonName the member name in JSON
     * @param type the value type inside the {@link Property}
     * @param nullable whether the schema allows null
     * @param index the position of the component
     */
    public record Slot(String javaName, String jsonName, ValueType type, boolean nullable, int index) {
    }

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        this.componentCount = components.length;
        List<Slot> list = new ArrayList<>();
        int unknown = -1;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (c.getType() == Unknown.class) {
                unknown = i;
                continue;
            }
            if (c.getType() != Property.class) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName()
                        + " must be a Property or Unknown");
            }
            JsonName name = c.getAnnotation(JsonName.class);
            Type inner = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            list.add(new Slot(c.getName(), name == null ? c.getName() : name.value(), valueType(inner),
                    c.isAnnotationPresent(NullAllowed.class), i));
        }
        this.slots = List.copyOf(list);
        this.slotIndexes = slots.stream().mapToInt(Slot::index).toArray();
        this.unknownIndex = unknown;
        // Maps rather than scans: binding looks up every member name of every object read.
        Map<String, Slot> json = new HashMap<>();
        Map<String, Slot> java = new HashMap<>();
        for (Slot s : slots) {
            json.putIfAbsent(s.jsonName(), s);
            java.putIfAbsent(s.javaName(), s);
        }
        this.byJsonName = Map.copyOf(json);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            at.putIfAbsent(slots.get(i).jsonName(), i);
        }
        this.positions = Map.copyOf(at);
        this.jsonNames = new String[slots.size()];
        for (int i = 0; i < jsonNames.length; i++) {
            jsonNames[i] = slots.get(i).jsonName().intern();
        }
        this.byJavaName = Map.copyOf(java);
        // Method handles rather than Method.invoke: reflection looks up the caller on every call,
        // which dominated reading and validating large inventories.
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            Class<?>[] parameters = new Class<?>[components.length];
            this.accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                parameters[i] = components[i].getType();
                accessors[i] = lookup.unreflect(components[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            }
            this.constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(parameters))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValueType valueType(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type elementProperty = p.getActualTypeArguments()[0];
            if (!(elementProperty instanceof ParameterizedType ep) || ep.getRawType() != Property.class) {
                throw new IllegalArgumentException("array elements must be Property<...>: " + t);
            }
            return new ValueType(Kind.ARRAY, List.class, valueType(ep.getActualTypeArguments()[0]));
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) {
            return new ValueType(Kind.STRING, c, null);
        } else if (c == BigDecimal.class) {
            return new ValueType(Kind.NUMBER, c, null);
        } else if (c == Long.class) {
            return new ValueType(Kind.INTEGER, c, null);
        } else if (c == Boolean.class) {
            return new ValueType(Kind.BOOLEAN, c, null);
        } else if (c.isEnum() && JsonEnum.class.isAssignableFrom(c)) {
            return new ValueType(Kind.ENUM, c, null);
        } else if (c.isEnum() && JsonIntegerEnum.class.isAssignableFrom(c)) {
            return new ValueType(Kind.INTEGER_ENUM, c, null);
        } else if (c.isRecord()) {
            return new ValueType(Kind.OBJECT, c, null);
        }
        throw new IllegalArgumentException("unsupported model type " + t);
    }

    /** {@return the shape of a record class} */
    public static RecordShape of(Class<?> type) {
        return CACHE.get(type);
    }

    /** {@return the record class} */
    public Class<?> type() {
        return type;
    }

    /** {@return the schema fields in schema order} */
    public List<Slot> slots() {
        return slots;
    }

    /** {@return the slot for a JSON member name} */
    public Optional<Slot> slotForJson(String jsonName) {
        return Optional.ofNullable(byJsonName.get(jsonName));
    }

    /** {@return the position in {@link #slots()} of the slot for a JSON member name, or -1 when there is none} */
    public int position(String jsonName) {
        Integer at = positions.get(jsonName);
        return at == null ? -1 : at;
    }

    /**
     * {@return the position of the slot for a JSON member name, or -1 when there is none}, found
     * first by identity from {@code guess} on: the reader interns names and files mostly list
     * members in schema order, so the next member is usually the next slot.
     *
     * @param jsonName the member name
     * @param guess where to start looking
     */
    public int position(String jsonName, int guess) {
        int n = jsonNames.length;
        int start = guess >= 0 && guess < n ? guess : 0;
        for (int i = start; i < n; i++) {
            if (jsonNames[i] == jsonName) {
                return i;
            }
        }
        for (int i = 0; i < start; i++) {
            if (jsonNames[i] == jsonName) {
                return i;
            }
        }
        // A name built by code, one the parser stopped interning (past its symbol table's size), or one unknown to the schema.
        return position(jsonName);
    }

    /** {@return the slot for a record component name} */
    public Optional<Slot> slotForJava(String javaName) {
        return Optional.ofNullable(byJavaName.get(javaName));
    }

    /** {@return whether the record keeps unknown members} */
    public boolean keepsUnknown() {
        return unknownIndex >= 0;
    }

    /** {@return the value of a slot of a record instance} */
    public Property<?> get(Object record, Slot slot) {
        return (Property<?>) component(record, slot.index());
    }

    /** {@return the unknown members of a record instance} */
    public Unknown unknown(Object record) {
        return unknownIndex < 0 ? Unknown.NONE : (Unknown) component(record, unknownIndex);
    }

    /** {@return an empty argument array for the canonical constructor, to fill by component index} */
    public Object[] newComponents() {
        return new Object[componentCount];
    }

    /**
     * {@return a new record from its components}
     *
     * @param components the canonical constructor's arguments by component index, as from
     *     {@link #newComponents()}: each slot's property, or null where the field is absent; this
     *     method fills the absent fields and the unknown members into the array
     * @param unknown the unknown members
     */
    public Object create(Object[] components, Unknown unknown) {
        for (int i = 0; i < slotIndexes.length; i++) {
            if (components[slotIndexes[i]] == null) {
                components[slotIndexes[i]] = Property.absent();
            }
        }
        if (unknownIndex >= 0) {
            components[unknownIndex] = unknown;
        }
        try {
            return (Object) constructor.invokeExact(components);
        } catch (Throwable e) {
            // The canonical constructor's own checks failed; the cause says which.
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        }
    }

    private Object component(Object record, int index) {
        try {
            return (Object) accessors[index].invokeExact(record);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
