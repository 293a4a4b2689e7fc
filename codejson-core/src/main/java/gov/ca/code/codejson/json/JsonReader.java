package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Input;
import gov.ca.code.codejson.diagnostic.Location;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

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

    /** Up to this many members, a scan of the members read finds a repeated name faster than a map. */
    private static final int SMALL_OBJECT = 8;

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
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        // The byte count is enforced by the source itself, for char input too.
                        .maxDocumentLength(-1)
                        .build())
                .build();
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
        String name = file.toString();
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
            throw new JsonReadException(name, Location.UNKNOWN,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check that it exists and is readable");
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
            byte[] head = in.readNBytes(4);
            String wide = wideEncoding(head);
            if (wide != null) {
                return readWide(head, in, name, wide);
            }
            if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) {
                throw new JsonReadException(name, new Location(1, 1),
                        "the input looks like UTF-16 or UTF-32 without a byte order mark; save it as UTF-8");
            }
            boolean bom = startsWith(head, 0xEF, 0xBB, 0xBF);
            Utf8Source source = new Utf8Source(new SequenceInputStream(new ByteArrayInputStream(head), in),
                    limits.maxDocumentBytes());
            return parse(factory.createParser(ObjectReadContext.empty(), source), source, name, "UTF-8", bom);
        } catch (SizeExceeded e) {
            throw tooLarge(name, "the input has more than " + limits.maxDocumentBytes() + " bytes");
        } catch (IOException e) {
            throw new JsonReadException(name, Location.UNKNOWN, "cannot read the input (" + e.getMessage() + ")");
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
        if (bytes.length > limits.maxDocumentBytes()) {
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
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        return parseText(bom ? text.substring(1) : text, name, "UTF-16", bom);
    }

    /** The encoding a byte order mark names, when it is not UTF-8's. */
    private static String wideEncoding(byte[] head) {
        if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return "UTF-32BE";
        } else if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32LE";
        } else if (startsWith(head, 0xFE, 0xFF)) {
            return "UTF-16BE";
        } else if (startsWith(head, 0xFF, 0xFE)) {
            return "UTF-16LE";
        }
        return null;
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

    private JsonDocument parse(JsonParser parser, Utf8Source source, String name, String encoding, boolean bom)
            throws JsonReadException {
        Reading reading = new Reading(parser, source, name);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonReadException(name, new Location(1, 1),
                        "the input is empty; a code.json file holds one JSON object");
            }
            JsonValue root = reading.value(first, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonReadException(name, reading.location(parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON value; remove it or wrap the values in an array");
            }
            return new JsonDocument(root, encoding, bom, reading.duplicates);
        } catch (OverLimit e) {
            throw e.exception;
        } catch (StreamConstraintsException e) {
            // Limit violations carry no location of their own; the parser knows where it stopped.
            TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? e.getLocation() : parser.currentLocation();
            throw new JsonReadException(name, reading.location(at), constraint(e.getOriginalMessage()));
        } catch (JacksonException e) {
            if (e.getCause() instanceof SizeExceeded) {
                throw tooLarge(name, "the input has more than " + limits.maxDocumentBytes() + " bytes");
            }
            String message = clean(e.getOriginalMessage());
            if (message.startsWith("Invalid UTF-8") && e.getLocation() != null) {
                throw new JsonReadException(name, reading.location(e.getLocation()),
                        "the input is not valid UTF-8 text at byte offset " + e.getLocation().getByteOffset() + " ("
                                + message + "); save it as UTF-8");
            }
            throw new JsonReadException(name, reading.location(e.getLocation()), "malformed JSON: " + message);
        } catch (NumberFormatException e) {
            throw new JsonReadException(name, reading.location(parser.currentTokenLocation()),
                    "a number has an exponent too large for any JSON reader to compute with; write the real figure");
        }
    }

    /** The state of one read: the parser, the way to the current value, the counts the limits bound. */
    private final class Reading {
        private final JsonParser parser;
        private final Utf8Source source;
        private final String name;
        private final List<JsonDocument.DuplicateMember> duplicates = new ArrayList<>();
        /** The member name or array index at each depth, for the pointer of a repeated name. */
        private final Object[] trail = new Object[limits.maxNestingDepth() + 2];
        private long values;

        Reading(JsonParser parser, Utf8Source source, String name) {
            this.parser = parser;
            this.source = source;
            this.name = name;
        }

        JsonValue value(JsonToken token, int depth) {
            if (++values > limits.maxValues()) {
                throw over(ReadLimits.Limit.MAX_VALUES, "the input holds more than " + limits.maxValues() + " values");
            }
            long at = position(parser.currentTokenLocation());
            switch (token) {
                case START_OBJECT -> {
                    return object(at, depth);
                }
                case START_ARRAY -> {
                    List<JsonValue> elements = new ArrayList<>();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        if (elements.size() == limits.maxArrayLength()) {
                            throw over(ReadLimits.Limit.MAX_ARRAY_LENGTH, "an array has more than " + limits.maxArrayLength()
                                    + " elements");
                        }
                        trail[depth + 1] = elements.size();
                        elements.add(value(t, depth + 1));
                    }
                    return new JsonValue.JsonArray(elements, at);
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
            List<JsonValue.Member> members = new ArrayList<>();
            // A small object is checked for repeated names by a scan; a larger one gets a map of first places.
            Map<String, Integer> firstIndex = null;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                if (members.size() == limits.maxMembers()) {
                    throw over(ReadLimits.Limit.MAX_MEMBERS, "an object has more than " + limits.maxMembers() + " members");
                }
                String memberName = parser.currentName();
                long nameAt = position(parser.currentTokenLocation());
                int first = -1;
                if (firstIndex == null) {
                    for (int i = 0; i < members.size(); i++) {
                        if (members.get(i).name().equals(memberName)) {
                            first = i;
                            break;
                        }
                    }
                    if (members.size() == SMALL_OBJECT) {
                        firstIndex = new HashMap<>();
                        for (int i = members.size() - 1; i >= 0; i--) {
                            firstIndex.put(members.get(i).name(), i);
                        }
                    }
                }
                if (firstIndex != null) {
                    Integer known = firstIndex.putIfAbsent(memberName, members.size());
                    first = known == null ? first : known;
                }
                trail[depth + 1] = memberName;
                if (first >= 0) {
                    duplicates.add(new JsonDocument.DuplicateMember(pointer(depth + 1),
                            TextPosition.location(nameAt), members.get(first).location()));
                }
                JsonValue value = value(parser.nextToken(), depth + 1);
                members.add(new JsonValue.Member(memberName, value, nameAt));
            }
            return new JsonValue.JsonObject(members, at);
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
            return new OverLimit(new JsonReadException(name, location(parser.currentTokenLocation()),
                    ReadLimits.exceeded(limit, what, spelling)));
        }

        long position(TokenStreamLocation at) {
            if (at == null || at.getLineNr() <= 0) {
                return TextPosition.UNKNOWN;
            }
            int column = Math.max(1, at.getColumnNr());
            if (source != null) {
                column = source.characterColumn(at.getByteOffset(), column);
            }
            return TextPosition.of(at.getLineNr(), column);
        }

        Location location(TokenStreamLocation at) {
            return TextPosition.location(position(at));
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

    /** The source ended past the size limit. */
    static final class SizeExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        SizeExceeded() {
            super("size limit");
        }
    }

    /**
     * The UTF-8 bytes on their way to the parser: counted against the size limit as they pass, and
     * their multi-byte characters noted, so that a byte column of the parser becomes the character
     * column an editor shows. Only the characters between the parser's position and what it has
     * buffered ahead are kept, so the memory this takes does not grow with the input.
     */
    static final class Utf8Source extends InputStream {
        private final InputStream in;
        private final long limit;
        private long offset;
        /** Offsets of the multi-byte characters read ahead, and how many bytes each has more than UTF-16 units. */
        private long[] wide = new long[64];
        private int head;
        private int tail;
        /** The byte offset where the line of the last converted column starts, and the surplus seen on it. */
        private long lineStart = -1;
        private int surplus;

        Utf8Source(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            for (int i = off; i < off + n; i++) {
                int c = b[i];
                if (c < 0 && (c & 0xC0) == 0xC0) {
                    long at = offset + (i - off);
                    // A byte order mark counts for nothing; 2 bytes make 1 unit, 3 make 1, 4 make 2.
                    int extra = at == 0 && (c & 0xFF) == 0xEF ? 3 : (c & 0xE0) == 0xC0 ? 1 : 2;
                    note(at, extra);
                }
            }
            offset += n;
            if (offset > limit) {
                throw new SizeExceeded();
            }
            return n;
        }

        private void note(long at, int extra) {
            if (tail == wide.length) {
                if (head > wide.length / 2) {
                    System.arraycopy(wide, head, wide, 0, tail - head);
                    tail -= head;
                    head = 0;
                } else {
                    wide = java.util.Arrays.copyOf(wide, wide.length * 2);
                }
            }
            wide[tail++] = at << 2 | extra;
        }

        /**
         * The character column of a position the parser reports in bytes. Positions come in
         * increasing order, as the parser reads.
         */
        int characterColumn(long byteOffset, int byteColumn) {
            if (byteOffset < 0) {
                return byteColumn;
            }
            long start = byteOffset - (byteColumn - 1);
            if (start != lineStart) {
                lineStart = start;
                surplus = 0;
            }
            while (head < tail && (wide[head] >>> 2) < byteOffset) {
                if ((wide[head] >>> 2) >= start) {
                    surplus += (int) (wide[head] & 3);
                }
                head++;
            }
            return Math.max(1, byteColumn - surplus);
        }
    }

    private JsonReadException tooLarge(String name, String what) {
        return new JsonReadException(name, Location.UNKNOWN,
                ReadLimits.exceeded(ReadLimits.Limit.MAX_BYTES, what, spelling));
    }

    /** The reason for a limit the parser itself enforces, named as {@link ReadLimits} names it. */
    private String constraint(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return ReadLimits.exceeded(ReadLimits.Limit.MAX_DEPTH,
                    "the input nests deeper than " + limits.maxNestingDepth() + " levels", spelling);
        } else if (m.contains("Number value length")) {
            return ReadLimits.exceeded(ReadLimits.Limit.MAX_NUMBER_LENGTH, "a number is longer than "
                    + limits.maxNumberLength() + " characters", spelling);
        } else if (m.contains("String value length") || m.contains("Name length")) {
            return ReadLimits.exceeded(ReadLimits.Limit.MAX_STRING_LENGTH, "a string is longer than "
                    + limits.maxStringLength() + " characters", spelling);
        }
        return "the input exceeds a safety limit (" + clean(m) + ")";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Jackson messages carry a source description and marker positions that repeat the location. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String m = message;
        int cut = m.indexOf(" (start marker at");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf("\n");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        return m.strip();
    }
}
