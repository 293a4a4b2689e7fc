package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import org.jspecify.annotations.Nullable;

/**
 * Reads JSON text into located {@link JsonValue} trees.
 *
 * <p>UTF-8 input (with or without a byte order mark) is parsed from its bytes as they stream in,
 * never decoded into a string first; the rare UTF-16 and UTF-32 inputs, which need a byte order
 * mark, are decoded first. Nothing is stripped. Every {@link ReadLimits limit} is checked while
 * reading, so that an endless or huge source stops at the limit. Locations count characters, as
 * editors do, not bytes. Every failure becomes a {@link JsonReadException} that names the place
 * and the fix. Instances are immutable and thread-safe.
 */
public final class JsonReader {

    private final ReadLimits limits;
    private final Function<Input, String> spelling;
    private final JsonFactory factory;

    /** Creates a reader with {@link ReadLimits#DEFAULT}. */
    public JsonReader() {
        this(ReadLimits.DEFAULT);
    }

    /**
     * Creates a reader.
     *
     * @param limits the limits to enforce
     */
    public JsonReader(ReadLimits limits) {
        this(limits, ReadLimits.OPTIONS);
    }

    /**
     * Creates a reader whose messages name each limit as an adapter spells it.
     *
     * @param limits the limits to enforce
     * @param spelling how a {@link ReadLimits.Limit} is spelled, such as a plugin parameter
     */
    public JsonReader(ReadLimits limits, Function<Input, String> spelling) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.spelling = Objects.requireNonNull(spelling, "spelling");
        this.factory = new LocatingJsonFactory(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        // The byte count is enforced by the source itself, for char input too.
                        .maxDocumentLength(-1)
                        .build())
                // Interned names let binding match a member to its field by identity, in schema order.
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)); // the caller's stream stays open, as read(InputStream) says
    }

    /** {@return the limits this reader enforces} */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads a file, or a pipe, FIFO or device named like one, to the limit.
     *
     * @param file the file
     * @return the document
     * @throws JsonReadException when the file cannot be read or is not JSON
     */
    public JsonDocument read(Path file) throws JsonReadException {
        String name = Objects.requireNonNull(file, "file").toString();
        try {
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > limits.maxDocumentBytes()) {
                    throw tooLarge(name, "the input has " + size + " bytes");
                }
            }
            // A device or a named pipe reports size 0 and may never end: it is read like a stream, to the limit.
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (IOException e) {
            throw new JsonReadException(name, Location.UNKNOWN, "cannot read the file: " + JsonReadException.why(e));
        }
    }

    /**
     * Reads a stream to its end, or to the size limit; the stream is not closed.
     *
     * @param in the stream
     * @param name how to name the input in messages
     * @return the document
     * @throws JsonReadException when the stream cannot be read, is over a limit or is not JSON
     */
    public JsonDocument read(InputStream in, String name) throws JsonReadException {
        try {
            byte[] head = Objects.requireNonNull(in, "in").readNBytes(4);
            String wide = ByteOrderMark.wideEncoding(head);
            if (wide != null) {
                return readWide(head, in, name, wide);
            }
            if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) {
                throw new JsonReadException(name, new Location(1, 1),
                        "the input looks like UTF-16 or UTF-32 without a byte order mark; save it as UTF-8");
            }
            boolean bom = ByteOrderMark.startsWith(head, 0xEF, 0xBB, 0xBF);
            Utf8Source source = new Utf8Source(head, in, limits.maxDocumentBytes());
            return parse(factory.createParser(ObjectReadContext.empty(), source), source, name, "UTF-8", bom);
        } catch (Utf8Source.SizeExceeded e) {
            throw tooLarge(name, "the input has more than " + limits.maxDocumentBytes() + " bytes");
        } catch (IOException e) {
            throw new JsonReadException(name, Location.UNKNOWN, "cannot read the input: " + JsonReadException.why(e));
        }
    }

    /**
     * Reads bytes, detecting the encoding from a byte order mark.
     *
     * @param bytes the input
     * @param name how to name the input in messages
     * @return the document
     * @throws JsonReadException when the bytes are not JSON in a supported encoding
     */
    public JsonDocument read(byte[] bytes, String name) throws JsonReadException {
        if (Objects.requireNonNull(bytes, "bytes").length > limits.maxDocumentBytes()) {
            throw tooLarge(name, "the input has " + bytes.length + " bytes");
        }
        return read(new ByteArrayInputStream(bytes), name);
    }

    /**
     * Reads a string.
     *
     * @param text the JSON text
     * @param name how to name the input in messages
     * @return the document
     * @throws JsonReadException when the text is not JSON
     */
    public JsonDocument read(String text, String name) throws JsonReadException {
        boolean bom = !Objects.requireNonNull(text, "text").isEmpty() && text.charAt(0) == '\uFEFF';
        return parseText(bom ? text.substring(1) : text, name, "UTF-16", bom);
    }

    /** UTF-16 and UTF-32 are decoded whole, to the size limit, and read as text. */
    private JsonDocument readWide(byte[] head, InputStream in, String name, String encoding)
            throws IOException, JsonReadException {
        int skip = encoding.startsWith("UTF-32") ? 4 : 2;
        long room = limits.maxDocumentBytes() - head.length;
        byte[] rest = in.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 16L, room + 1)));
        if (rest.length > room) {
            throw tooLarge(name, "the input has more than " + limits.maxDocumentBytes() + " bytes");
        }
        byte[] all = new byte[head.length - skip + rest.length];
        System.arraycopy(head, skip, all, 0, head.length - skip);
        System.arraycopy(rest, 0, all, head.length - skip, rest.length);
        String text;
        try {
            text = Charset.forName(encoding).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(all)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonReadException(name, Location.UNKNOWN,
                    "the input is not valid " + encoding + " text; save it as UTF-8");
        }
        return parseText(text, name, encoding, true);
    }

    private JsonDocument parseText(String text, String name, String encoding, boolean bom) throws JsonReadException {
        if (text.length() > limits.maxDocumentBytes()) {
            throw tooLarge(name, "the input has " + text.length() + " characters");
        }
        return parse(factory.createParser(ObjectReadContext.empty(), text), null, name, encoding, bom);
    }

    private JsonDocument parse(JsonParser parser, @Nullable Utf8Source source, String name, String encoding, boolean bom)
            throws JsonReadException {
        Reading reading = new Reading(parser, source, name);
        // Closed after the handlers, not before them: they ask the parser where it stopped.
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonReadException(name, new Location(1, 1),
                        "the input is empty; a code.json file holds one JSON object");
            }
            JsonValue root = reading.value(first, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonReadException(name, reading.positions.location(parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON value; remove it or wrap the values in an array");
            }
            return new JsonDocument(root, encoding, bom, reading.duplicates, reading.names, reading.arrayNames);
        } catch (OverLimit e) {
            throw e.exception;
        } catch (StreamConstraintsException e) {
            // Limit violations carry no location of their own; the token the parser stopped in is the one at fault.
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? reading.positions.of(e.getLocation()) : reading.positions.latest();
            throw new JsonReadException(name, TextPosition.location(at), ParserMessages.constraint(limits, e.getOriginalMessage(), spelling));
        } catch (JacksonException e) {
            if (e.getCause() instanceof Utf8Source.SizeExceeded) {
                throw tooLarge(name, "the input has more than " + limits.maxDocumentBytes() + " bytes");
            }
            String message = ParserMessages.clean(e.getOriginalMessage());
            if (message.startsWith("Invalid UTF-8") && e.getLocation() != null) {
                throw new JsonReadException(name, reading.positions.location(e.getLocation()),
                        "the input is not valid UTF-8 text at byte offset " + e.getLocation().getByteOffset() + " ("
                                + message + "); save it as UTF-8");
            }
            throw new JsonReadException(name, reading.positions.location(e.getLocation()), "malformed JSON: " + message);
        } catch (NumberFormatException e) {
            throw new JsonReadException(name, reading.positions.location(parser.currentTokenLocation()),
                    "a number has an exponent too large for any JSON reader to compute with; write the real figure");
        } finally {
            parser.close();
        }
    }

    /** The state of one read: the parser, the way to the current value, the counts the limits bound. */
    private final class Reading {
        private final JsonParser parser;
        private final TokenPositions positions;
        private final String name;
        private final List<JsonDocument.DuplicateMember> duplicates = new ArrayList<>();
        /** Every distinct member name: a few hundred in a real inventory, and interned, so that most look-ups end on identity. */
        private final Set<String> names = new HashSet<>();
        private final Set<String> arrayNames = new HashSet<>();
        /**
         * The names last put into {@link #names} and {@link #arrayNames}, one slot per hash: the
         * parser hands out the same instance for a name it has read before, so most members skip
         * the sets altogether.
         */
        private final String[] lastNames = new String[64];
        private final String[] lastArrayNames = new String[64];
        /** The member name or array index at each depth, for the pointer of a repeated name. */
        private final Object[] trail = new Object[limits.maxNestingDepth() + 2];
        /** The members, elements and names of the object or array being read at each depth. */
        @SuppressWarnings("unchecked")
        private final ReadList.Buffer<JsonValue.Member>[] membersAt = new ReadList.Buffer[limits.maxNestingDepth() + 2];
        @SuppressWarnings("unchecked")
        private final ReadList.Buffer<JsonValue>[] elementsAt = new ReadList.Buffer[limits.maxNestingDepth() + 2];
        private final MemberNames[] namesAt = new MemberNames[limits.maxNestingDepth() + 2];
        private long values;

        Reading(JsonParser parser, @Nullable Utf8Source source, String name) {
            this.parser = parser;
            this.positions = new TokenPositions(parser, source);
            this.name = name;
        }

        JsonValue value(JsonToken token, int depth) {
            if (++values > limits.maxValues()) {
                throw over(ReadLimits.Limit.MAX_VALUES, "the input holds more than " + limits.maxValues() + " values");
            }
            long at = positions.ofValue();
            switch (token) {
                case START_OBJECT -> {
                    return object(at, depth);
                }
                case START_ARRAY -> {
                    ReadList.Buffer<JsonValue> elements = scratch(elementsAt, depth);
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        if (elements.size() == limits.maxArrayLength()) {
                            throw over(ReadLimits.Limit.MAX_ARRAY_LENGTH, "an array has more than " + limits.maxArrayLength()
                                    + " elements");
                        }
                        trail[depth + 1] = elements.size();
                        elements.add(value(t, depth + 1));
                    }
                    return new JsonValue.JsonArray(elements.freeze(), at);
                }
                case VALUE_STRING -> {
                    return new JsonValue.JsonString(parser.getString(), at);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return new JsonValue.JsonNumber(parser.getString(), at);
                }
                case VALUE_TRUE -> {
                    return new JsonValue.JsonBoolean(true, at);
                }
                case VALUE_FALSE -> {
                    return new JsonValue.JsonBoolean(false, at);
                }
                case VALUE_NULL -> {
                    return new JsonValue.JsonNull(at);
                }
                default -> throw new IllegalStateException("unexpected token " + token);
            }
        }

        private JsonValue object(long at, int depth) {
            ReadList.Buffer<JsonValue.Member> members = scratch(membersAt, depth);
            if (namesAt[depth] == null) {
                namesAt[depth] = new MemberNames();
            }
            MemberNames objectNames = namesAt[depth];
            objectNames.clear();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                if (members.size() == limits.maxMembers()) {
                    throw over(ReadLimits.Limit.MAX_MEMBERS, "an object has more than " + limits.maxMembers() + " members");
                }
                String memberName = parser.currentName();
                long nameAt = positions.ofName();
                int first = objectNames.add(memberName, members.size());
                note(names, lastNames, memberName);
                trail[depth + 1] = memberName;
                if (first >= 0) {
                    duplicates.add(new JsonDocument.DuplicateMember(pointer(depth + 1),
                            TextPosition.location(nameAt), members.get(first).location()));
                }
                JsonValue value = value(parser.nextToken(), depth + 1);
                if (value instanceof JsonValue.JsonArray) {
                    note(arrayNames, lastArrayNames, memberName);
                }
                members.add(new JsonValue.Member(memberName, value, nameAt));
            }
            return new JsonValue.JsonObject(members.freeze(), at);
        }

        /** Adds a name to a set unless it is the very name last added in its slot, which the set already holds. */
        private static void note(Set<String> set, String[] last, String name) {
            int slot = name.hashCode() & (last.length - 1);
            if (last[slot] != name) {
                set.add(name);
                last[slot] = name;
            }
        }

        /** The buffer of one depth, reused from object to object so that it grows once, not per object. */
        private static <T> ReadList.Buffer<T> scratch(ReadList.Buffer<T>[] buffers, int depth) {
            if (buffers[depth] == null) {
                buffers[depth] = new ReadList.Buffer<>();
            }
            return buffers[depth];
        }

        private String pointer(int depth) {
            String pointer = "";
            for (int d = 1; d <= depth; d++) {
                pointer = trail[d] instanceof String s ? JsonPointer.append(pointer, s)
                        : JsonPointer.append(pointer, (Integer) trail[d]);
            }
            return pointer;
        }

        private OverLimit over(ReadLimits.Limit limit, String what) {
            return new OverLimit(new JsonReadException(name, positions.location(parser.currentTokenLocation()),
                    ReadLimits.exceeded(limit, what, spelling)));
        }
    }

    /** Carries a limit's error out of the recursive descent. */
    private static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JsonReadException exception;

        OverLimit(JsonReadException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }

    private JsonReadException tooLarge(String name, String what) {
        return new JsonReadException(name, Location.UNKNOWN,
                ReadLimits.exceeded(ReadLimits.Limit.MAX_BYTES, what, spelling));
    }
}
