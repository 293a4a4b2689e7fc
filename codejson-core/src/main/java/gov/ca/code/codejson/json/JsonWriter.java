package gov.ca.code.codejson.json;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes {@link JsonValue} trees in the canonical form: members in the order given, two-space
 * indentation, {@code ": "} between name and value, {@code \n} line ends, a final newline,
 * non-ASCII characters as themselves, numbers as they were written. A lone UTF-16 surrogate,
 * which has no UTF-8 form, is written escaped ({@code \\ud800}) rather than replaced, so that a
 * file that had one reads back as the same tree. The same tree always gives
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
                if (hasLoneSurrogate(m.name())) {
                    g.writeName(new EscapedName(m.name()));
                } else {
                    g.writeName(m.name());
                }
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
            if (hasLoneSurrogate(s.value())) {
                g.writeRawValue("\"" + quoted(s.value()) + "\"");
            } else {
                g.writeString(s.value());
            }
        } else if (value instanceof JsonValue.JsonNumber n) {
            g.writeNumber(n.text());
        } else if (value instanceof JsonValue.JsonBoolean b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    /**
     * Whether a string holds a UTF-16 surrogate without its partner, as {@code "\\ud800"} in the input
     * gives. Such a string has no UTF-8 form: written as a character it would become {@code ?}.
     */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON escape of a string as the generator writes it, with every lone surrogate written as
     * {@code \\u} and four lower-case hex digits, so that it reads back as the same string.
     */
    private static String quoted(String s) {
        char[] escaped = JsonStringEncoder.getInstance().quoteAsCharArray(s);
        StringBuilder out = new StringBuilder(escaped.length + 8);
        for (int i = 0; i < escaped.length; i++) {
            char c = escaped[i];
            if (Character.isHighSurrogate(c) && i + 1 < escaped.length && Character.isLowSurrogate(escaped[i + 1])) {
                out.append(c).append(escaped[++i]);
            } else if (Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A member name with a lone surrogate, quoted by {@link #quoted(String)} rather than by the generator. */
    private static final class EscapedName extends SerializedString {
        private static final long serialVersionUID = 1L;

        EscapedName(String name) {
            super(name);
            _quotedChars = quoted(name).toCharArray();
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            char[] quoted = asQuotedChars();
            if (offset + quoted.length > buffer.length) {
                return -1;
            }
            System.arraycopy(quoted, 0, buffer, offset, quoted.length);
            return quoted.length;
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
