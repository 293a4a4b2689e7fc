package gov.ca.code.codejson.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;

/** Two-space indentation; empty containers stay on one line as {@code {}} and {@code []}. */
final class CanonicalPrinter implements PrettyPrinter {
    /** A line end and the indentation of the common depths, built once rather than per line. */
    private static final SerializedString[] INDENTS = new SerializedString[16];
    /** The punctuation as serialized strings, which the generator copies as bytes without encoding them again. */
    private static final SerializedString LINE_END = new SerializedString("\n");
    private static final SerializedString START_OBJECT = new SerializedString("{");
    private static final SerializedString END_OBJECT = new SerializedString("}");
    private static final SerializedString START_ARRAY = new SerializedString("[");
    private static final SerializedString END_ARRAY = new SerializedString("]");
    private static final SerializedString NAME_SEPARATOR = new SerializedString(": ");
    private static final SerializedString COMMA = new SerializedString(",");

    static {
        for (int d = 0; d < INDENTS.length; d++) {
            INDENTS[d] = new SerializedString("\n" + "  ".repeat(d));
        }
    }

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw(LINE_END);
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw(START_OBJECT);
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(NAME_SEPARATOR);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(COMMA);
        newline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        depth--;
        if (entries > 0) {
            newline(g);
        }
        g.writeRaw(END_OBJECT);
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        g.writeRaw(START_ARRAY);
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        g.writeRaw(COMMA);
        newline(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        depth--;
        if (values > 0) {
            newline(g);
        }
        g.writeRaw(END_ARRAY);
    }

    private void newline(JsonGenerator g) {
        if (depth < INDENTS.length) {
            g.writeRaw(INDENTS[depth]);
        } else {
            g.writeRaw("\n" + "  ".repeat(depth));
        }
    }
}
