package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * <p>Byte input is decoded as UTF-8 (with or without a byte order mark) or as UTF-16/UTF-32 when a
 * byte order mark says so; nothing is stripped. Every failure becomes a {@link JsonReadException}
 * that names the place and the fix. Instances are immutable and thread-safe.
 */
public final class JsonReader {

    private final ReadLimits limits;
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
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .build();
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @return the document
     * @throws JsonReadException when the file cannot be read or is not JSON
     */
    public JsonDocument read(Path file) throws JsonReadException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes()) {
                throw tooLarge(name, size);
            }
            // A device or a named pipe reports size 0 and may never end: read it like a stream, to the limit.
            try (InputStream in = Files.newInputStream(file)) {
                return read(bounded(in, name), name);
            }
        } catch (IOException e) {
            throw new JsonReadException(name, Location.UNKNOWN,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); check that it exists and is readable");
        }
    }

    /**
     * Reads a stream to its end; the stream is not closed.
     *
     * @param in the stream
     * @param name how to name the input in messages
     * @return the document
     * @throws JsonReadException when the stream cannot be read or is not JSON
     */
    public JsonDocument read(InputStream in, String name) throws JsonReadException {
        try {
            return read(bounded(in, name), name);
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
            throw tooLarge(name, bytes.length);
        }
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        String encoding = "UTF-8";
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            encoding = "UTF-32BE";
            skip = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            encoding = "UTF-32LE";
            skip = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            encoding = "UTF-16BE";
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            encoding = "UTF-16LE";
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            throw new JsonReadException(name, new Location(1, 1),
                    "the input looks like UTF-16 or UTF-32 without a byte order mark; save it as UTF-8");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonReadException(name, Location.UNKNOWN,
                    "the input is not valid " + encoding + " text; save it as UTF-8");
        }
        return parse(text, name, encoding, skip > 0);
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
        return parse(bom ? text.substring(1) : text, name, "UTF-16", bom);
    }

    private JsonDocument parse(String text, String name, String encoding, boolean bom) throws JsonReadException {
        if (text.chars().allMatch(Character::isWhitespace)) {
            throw new JsonReadException(name, new Location(1, 1), "the input is empty; a code.json file holds one JSON object");
        }
        List<JsonDocument.DuplicateMember> duplicates = new ArrayList<>();
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), text);
        try (parser) {
            JsonToken first = parser.nextToken();
            JsonValue root = readValue(parser, first, Trail.ROOT, duplicates);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonReadException(name, location(parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON value; remove it or wrap the values in an array");
            }
            return new JsonDocument(root, encoding, bom, duplicates);
        } catch (StreamConstraintsException e) {
            // Limit violations carry no location of their own; the parser knows where it stopped.
            TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                    ? e.getLocation() : parser.currentLocation();
            throw new JsonReadException(name, location(at),
                    "the input exceeds a safety limit (" + clean(e.getOriginalMessage()) + ")");
        } catch (JacksonException e) {
            throw new JsonReadException(name, location(e.getLocation()),
                    "malformed JSON: " + clean(e.getOriginalMessage()));
        }
    }

    private JsonValue readValue(JsonParser parser, JsonToken token, Trail trail,
            List<JsonDocument.DuplicateMember> duplicates) {
        Location at = location(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                List<JsonValue.Member> members = new ArrayList<>();
                Map<String, Location> seen = new HashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String memberName = parser.currentName();
                    Location nameAt = location(parser.currentTokenLocation());
                    Trail memberTrail = new Trail(trail, memberName, -1);
                    Location first = seen.putIfAbsent(memberName, nameAt);
                    if (first != null) {
                        duplicates.add(new JsonDocument.DuplicateMember(memberTrail.pointer(), nameAt, first));
                    }
                    JsonValue value = readValue(parser, parser.nextToken(), memberTrail, duplicates);
                    members.add(new JsonValue.Member(memberName, value, nameAt));
                }
                return new JsonValue.JsonObject(members, at);
            }
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    elements.add(readValue(parser, t, new Trail(trail, null, elements.size()), duplicates));
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
            default -> throw new IllegalStateException("unexpected token " + token + " at " + at);
        }
    }

    /**
     * The way from the root to the value being read. Only a repeated member name needs its
     * pointer, so the pointer text is built then rather than for every value.
     */
    private record Trail(Trail parent, String name, int index) {
        static final Trail ROOT = new Trail(null, null, -1);

        String pointer() {
            if (parent == null) {
                return "";
            }
            return name != null ? JsonPointer.append(parent.pointer(), name) : JsonPointer.append(parent.pointer(), index);
        }
    }

    /** Reads at most one byte more than the limit, so that an endless stream stops there. */
    private byte[] bounded(InputStream in, String name) throws IOException, JsonReadException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new JsonReadException(name, Location.UNKNOWN, "the input has more than the limit of "
                    + limits.maxDocumentBytes() + " bytes; split the inventory or raise the limit");
        }
        return bytes;
    }

    private JsonReadException tooLarge(String name, long size) {
        return new JsonReadException(name, Location.UNKNOWN, "the input has " + size
                + " bytes, more than the limit of " + limits.maxDocumentBytes() + "; split the inventory or raise the limit");
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

    private static Location location(TokenStreamLocation at) {
        if (at == null || at.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(at.getLineNr(), Math.max(1, at.getColumnNr()));
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
