package gov.ca.code.codejson.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.JsonWriter;
import gov.ca.code.codejson.json.TextPosition;
import gov.ca.code.codejson.model.JsonEnum;
import gov.ca.code.codejson.model.JsonIntegerEnum;
import gov.ca.code.codejson.model.Property;

/**
 * Turns model records back into JSON values: known members in schema order, then the unknown
 * ones in their original order; wrong values exactly as they were read.
 *
 * <p>Not API.
 */
public final class ModelWriter {

    private ModelWriter() {
    }

    /** {@return the JSON object for a model record} */
    public static JsonValue.JsonObject toJson(Object record) {
        RecordShape shape = RecordShape.of(record.getClass());
        List<JsonValue.Member> members = new ArrayList<>();
        for (RecordShape.Slot slot : shape.slots()) {
            Property<?> p = shape.get(record, slot);
            if (p.isDefined()) {
                members.add(new JsonValue.Member(slot.jsonName(), toJson(p), p.position()));
            }
        }
        members.addAll(shape.unknown(record).members());
        return new JsonValue.JsonObject(members, TextPosition.UNKNOWN);
    }

    /**
     * Writes a model record straight to a sink, giving the same text as writing {@link #toJson(Object)}
     * but without building that tree.
     *
     * @param record the record
     * @param out the sink
     */
    public static void emit(Object record, JsonWriter.Sink out) {
        RecordShape shape = RecordShape.of(record.getClass());
        out.startObject();
        for (RecordShape.Slot slot : shape.slots()) {
            Property<?> p = shape.get(record, slot);
            if (p.isDefined()) {
                out.name(slot.jsonName());
                emit(p, out);
            }
        }
        for (JsonValue.Member m : shape.unknown(record).members()) {
            out.name(m.name());
            out.value(m.value());
        }
        out.endObject();
    }

    private static void emit(Property<?> property, JsonWriter.Sink out) {
        if (property instanceof Property.Null<?>) {
            out.nul();
        } else if (property instanceof Property.Invalid<?> i) {
            out.value(i.raw());
        } else if (property instanceof Property.Present<?> p) {
            if (p.written().isEmpty()) {
                emitValue(p.get(), out);
            } else {
                out.number(p.written());
            }
        } else {
            throw new IllegalArgumentException("an absent property has no JSON value");
        }
    }

    private static void emitValue(Object v, JsonWriter.Sink out) {
        if (v instanceof String s) {
            out.string(s);
        } else if (v instanceof BigDecimal d) {
            out.number(WrittenDecimal.spelling(d));
        } else if (v instanceof Long l) {
            out.number(l.toString());
        } else if (v instanceof Boolean b) {
            out.bool(b);
        } else if (v instanceof JsonIntegerEnum e) {
            out.number(Long.toString(e.json()));
        } else if (v instanceof JsonEnum e) {
            out.string(e.json());
        } else if (v instanceof List<?> list) {
            out.startArray();
            for (Object e : list) {
                emit((Property<?>) e, out);
            }
            out.endArray();
        } else if (v.getClass().isRecord()) {
            emit(v, out);
        } else {
            throw new IllegalArgumentException("unsupported model value " + v.getClass());
        }
    }

    /** {@return the JSON value of a defined property} */
    public static JsonValue toJson(Property<?> property) {
        if (property instanceof Property.Null<?> n) {
            return new JsonValue.JsonNull(n.position());
        }
        if (property instanceof Property.Invalid<?> i) {
            return i.raw();
        }
        if (property instanceof Property.Present<?> p) {
            return p.written().isEmpty() ? value(p.get(), p.position())
                    : new JsonValue.JsonNumber(p.written(), p.position());
        }
        throw new IllegalArgumentException("an absent property has no JSON value");
    }

    private static JsonValue value(Object v, long at) {
        if (v instanceof String s) {
            return new JsonValue.JsonString(s, at);
        } else if (v instanceof BigDecimal d) {
            return new JsonValue.JsonNumber(WrittenDecimal.spelling(d), at);
        } else if (v instanceof Long l) {
            return new JsonValue.JsonNumber(l.toString(), at);
        } else if (v instanceof Boolean b) {
            return new JsonValue.JsonBoolean(b, at);
        } else if (v instanceof JsonIntegerEnum e) {
            return new JsonValue.JsonNumber(Long.toString(e.json()), at);
        } else if (v instanceof JsonEnum e) {
            return new JsonValue.JsonString(e.json(), at);
        } else if (v instanceof List<?> list) {
            List<JsonValue> elements = new ArrayList<>(list.size());
            for (Object e : list) {
                elements.add(toJson((Property<?>) e));
            }
            return new JsonValue.JsonArray(elements, at);
        } else if (v.getClass().isRecord()) {
            return toJson(v);
        }
        throw new IllegalArgumentException("unsupported model value " + v.getClass());
    }
}
