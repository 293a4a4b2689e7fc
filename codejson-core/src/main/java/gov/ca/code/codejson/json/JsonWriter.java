package gov.ca.code.codejson.json;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes {@link JsonValue} trees in the canonical form: members in the order given, two-space
 * indentation, {@code ": "} between name and value, {@code \n} line ends, a final newline,
 * non-ASCII characters as themselves, numbers as they were written. The same tree always gives
 * the same text. Instances are immutable and thread-safe.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** {@return the canonical text of a value} */
    public String write(JsonValue value) {
        StringWriter out = new StringWriter();
        ObjectWriteContext context = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new CanonicalPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonGenerator generator = FACTORY.createGenerator(context, out)) {
            emit(generator, value);
        }
        return out.append('\n').toString();
    }

    /** {@return the canonical text of a value as UTF-8 bytes without a byte order mark} */
    public byte[] writeBytes(JsonValue value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void emit(JsonGenerator g, JsonValue value) {
        if (value instanceof JsonValue.JsonObject o) {
            g.writeStartObject();
            for (JsonValue.Member m : o.members()) {
                g.writeName(m.name());
                emit(g, m.value());
            }
            g.writeEndObject();
        } else if (value instanceof JsonValue.JsonArray a) {
            g.writeStartArray();
            for (JsonValue e : a.elements()) {
                emit(g, e);
            }
            g.writeEndArray();
        } else if (value instanceof JsonValue.JsonString s) {
            g.writeString(s.value());
        } else if (value instanceof JsonValue.JsonNumber n) {
            g.writeNumber(n.text());
        } else if (value instanceof JsonValue.JsonBoolean b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    /** Two-space indentation; empty containers stay on one line as {@code {}} and {@code []}. */
    private static final class CanonicalPrinter implements PrettyPrinter {
        /** A line end and the indentation of the common depths, built once rather than per line. */
        private static final String[] INDENTS = new String[16];

        static {
            for (int d = 0; d < INDENTS.length; d++) {
                INDENTS[d] = "\n" + "  ".repeat(d);
            }
        }

        private int depth;

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw("\n");
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw("{");
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            newline(g);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(",");
            newline(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            depth--;
            if (entries > 0) {
                newline(g);
            }
            g.writeRaw("}");
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw("[");
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            newline(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(",");
            newline(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            depth--;
            if (values > 0) {
                newline(g);
            }
            g.writeRaw("]");
        }

        private void newline(JsonGenerator g) {
            g.writeRaw(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
        }
    }
}
