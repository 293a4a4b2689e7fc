package gov.ca.code.codejson.json;

import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Writes {@link JsonValue} trees in the canonical form: members in the order given, two-space
 * indentation, {@code ": "} between name and value, {@code \n} line ends, a final newline,
 * non-ASCII characters as themselves, numbers as they were written. A lone UTF-16 surrogate,
 * which has no UTF-8 form, is written escaped ({@code \\ud800}) rather than replaced, so that a
 * file that had one reads back as the same tree; so are the characters a terminal acts on (DEL,
 * C1 controls, line separators, bidirectional controls), so that printed JSON shows what it holds.
 * The same tree always gives
 * the same text. Instances are immutable and thread-safe.
 */
public final class JsonWriter {

    /**
     * Whatever can be read can be written: Jackson's own nesting limit (500) is below the deepest
     * input the read limits allow, and migration nests a document two levels deeper. A sink's
     * content that fails half-way is not closed by the generator into a document that looks whole.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH + 16).build())
            .build();

    /** {@return the canonical text of a value} */
    public String write(JsonValue value) {
        return new String(writeBytes(value), StandardCharsets.UTF_8);
    }

    /** {@return the canonical text of a value as UTF-8 bytes without a byte order mark} */
    public byte[] writeBytes(JsonValue value) {
        // Segments rather than one doubling array: the text is copied once, into the array returned.
        ByteArrayBuilder out = new ByteArrayBuilder(8192);
        write(value, out);
        return out.toByteArray();
    }

    /**
     * Writes what {@code content} emits, in the canonical form, to a stream as UTF-8 while it is
     * emitted: a model can be written without building its tree first. The stream is flushed, not closed.
     *
     * @param content emits exactly one value through the sink it is given
     * @param out the stream
     * @throws UncheckedIOException when the stream cannot be written
     * @throws IllegalStateException when the content calls the sink out of order
     */
    public void write(Consumer<Sink> content, OutputStream out) {
        Objects.requireNonNull(content, "content");
        try (JsonGenerator generator = FACTORY.createGenerator(canonical(), new KeepOpen(Objects.requireNonNull(out, "out")), JsonEncoding.UTF8)) {
            Sink sink = new Sink(generator);
            content.accept(sink);
            sink.order.finish();
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes what {@code content} emits, in the canonical form, to a character stream while it is emitted.
     *
     * @param content emits exactly one value through the sink it is given
     * @param out the stream
     * @throws UncheckedIOException when the stream cannot be written
     * @throws IllegalStateException when the content calls the sink out of order
     */
    public void write(Consumer<Sink> content, Writer out) {
        Objects.requireNonNull(content, "content");
        try (JsonGenerator generator = FACTORY.createGenerator(canonical(), new KeepOpenWriter(Objects.requireNonNull(out, "out")))) {
            Sink sink = new Sink(generator);
            content.accept(sink);
            sink.order.finish();
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /** {@return the canonical UTF-8 text of what {@code content} emits} */
    public byte[] writeBytes(Consumer<Sink> content) {
        ByteArrayBuilder out = new ByteArrayBuilder(8192);
        write(content, out);
        return out.toByteArray();
    }

    /**
     * Where a writer of a model emits its JSON, token by token, in the canonical form: the same
     * text as the tree of the same values gives. A call out of order (a second top-level value, a
     * value in an object without its name, an end with nothing open) throws an
     * {@link IllegalStateException} that names it, as does content that leaves a value unfinished.
     */
    public static final class Sink {
        private final JsonGenerator g;
        private final SinkOrder order = new SinkOrder();

        private Sink(JsonGenerator g) {
            this.g = g;
        }

        /** Starts an object. */
        public void startObject() {
            order.open(true);
            g.writeStartObject();
        }

        /** Ends the current object. */
        public void endObject() {
            order.close(true);
            g.writeEndObject();
        }

        /** Starts an array. */
        public void startArray() {
            order.open(false);
            g.writeStartArray();
        }

        /** Ends the current array. */
        public void endArray() {
            order.close(false);
            g.writeEndArray();
        }

        /** Writes a member name; its value comes next. */
        public void name(String name) {
            order.name(Objects.requireNonNull(name, "name"));
            writeName(g, name);
        }

        /** Writes a string. */
        public void string(String value) {
            Objects.requireNonNull(value, "value");
            order.scalar();
            writeString(g, value);
        }

        /**
         * Writes a number: a JSON number exactly as given, a decimal in another spelling (such as
         * {@code +1} or {@code .5}) in its plain form, so that what is written reads back.
         *
         * @param text the number
         * @throws IllegalArgumentException when the text is no number at all
         */
        public void number(String text) {
            String number = jsonNumber(Objects.requireNonNull(text, "text"));
            order.scalar();
            g.writeNumber(number);
        }

        /** Writes a boolean. */
        public void bool(boolean value) {
            order.scalar();
            g.writeBoolean(value);
        }

        /** Writes the null literal. */
        public void nul() {
            order.scalar();
            g.writeNull();
        }

        /** Writes a whole value. */
        public void value(JsonValue value) {
            Objects.requireNonNull(value, "value");
            order.scalar();
            emit(g, value);
        }
    }

    /**
     * Writes the canonical text of a value to a stream as UTF-8 without a byte order mark, as it is
     * generated: no copy of the whole text is held. The stream is flushed, not closed.
     *
     * @param value the value
     * @param out the stream
     * @throws UncheckedIOException when the stream cannot be written
     */
    public void write(JsonValue value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        try (JsonGenerator generator = FACTORY.createGenerator(canonical(), new KeepOpen(Objects.requireNonNull(out, "out")), JsonEncoding.UTF8)) {
            emit(generator, value);
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes the canonical text of a value to a character stream as it is generated. The stream is
     * flushed, not closed.
     *
     * @param value the value
     * @param out the stream
     * @throws UncheckedIOException when the stream cannot be written
     */
    public void write(JsonValue value, Writer out) {
        Objects.requireNonNull(value, "value");
        try (JsonGenerator generator = FACTORY.createGenerator(canonical(), new KeepOpenWriter(Objects.requireNonNull(out, "out")))) {
            emit(generator, value);
            generator.writeRaw('\n');
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /** The context that makes a generator write the canonical layout. */
    private static ObjectWriteContext canonical() {
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new CanonicalPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    /** The caller's character stream, flushed but left open when the generator closes. */
    private static final class KeepOpenWriter extends FilterWriter {
        KeepOpenWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The caller's stream, flushed but left open when the generator closes. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void emit(JsonGenerator g, JsonValue value) {
        if (value instanceof JsonValue.JsonObject o) {
            g.writeStartObject();
            for (JsonValue.Member m : o.members()) {
                writeName(g, m.name());
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
            writeString(g, s.value());
        } else if (value instanceof JsonValue.JsonNumber n) {
            g.writeNumber(jsonNumber(n.text()));
        } else if (value instanceof JsonValue.JsonBoolean b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    private static void writeName(JsonGenerator g, String name) {
        if (JsonEscapes.needed(name)) {
            g.writeName(new JsonEscapes.EscapedName(name));
        } else {
            g.writeName(name);
        }
    }

    private static void writeString(JsonGenerator g, String value) {
        if (JsonEscapes.needed(value)) {
            g.writeRawValue("\"" + JsonEscapes.quoted(value) + "\"");
        } else {
            g.writeString(value);
        }
    }

    /** {@return the text of a number in JSON's grammar: as it is when it already is, else the decimal's own form} */
    private static String jsonNumber(String text) {
        if (JsonValue.JsonNumber.isJsonNumber(text)) {
            return text;
        }
        try {
            return new java.math.BigDecimal(text).toString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number", e);
        }
    }
}
