package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Location;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

import org.jspecify.annotations.Nullable;

/**
 * Turns the parser's idea of where a token starts into a {@link TextPosition}: lines as Jackson
 * counts them, columns in characters even when the parser counts bytes.
 */
final class TokenPositions {

    private final JsonParser parser;
    /** The byte source, when the parser reads bytes and its columns must be counted again in characters. */
    private final @Nullable Utf8Source source;

    TokenPositions(JsonParser parser, @Nullable Utf8Source source) {
        this.parser = parser;
        this.source = source;
    }

    /** The position of a location the parser reported, or {@link TextPosition#UNKNOWN}. */
    long of(@Nullable TokenStreamLocation at) {
        if (at == null || at.getLineNr() <= 0) {
            return TextPosition.UNKNOWN;
        }
        return at(at.getLineNr(), at.getColumnNr(), at.getByteOffset());
    }

    /**
     * The position of the current token, which must not be a member name. Jackson's own parsers
     * expose the token's line, column and offset without the location object that
     * {@code currentTokenLocation()} allocates for every value; the numbers are the ones that
     * object would carry (the column one lower than {@code getTokenColumnNr()} reports, the
     * offset one lower than {@code getTokenCharacterOffset()}), and location tests on both the
     * byte and the text path pin that equivalence. Member names keep their start in fields with
     * no public reader: see {@link #ofName}.
     */
    long ofValue() {
        if (!(parser instanceof ParserBase base)) {
            return of(parser.currentTokenLocation());
        }
        int line = base.getTokenLineNr();
        if (line <= 0) {
            return TextPosition.UNKNOWN;
        }
        int reported = base.getTokenColumnNr();
        return at(line, reported < 0 ? reported : reported - 1, base.getTokenCharacterOffset() - 1);
    }

    /**
     * The position of the current token, which must be a member name: read from the fields that
     * Jackson's byte parser builds the name's location object from, when it is the reader's
     * {@link LocatingJsonFactory.NameLocatingParser}; else from that object.
     */
    long ofName() {
        if (!(parser instanceof LocatingJsonFactory.NameLocatingParser named)) {
            return of(parser.currentTokenLocation());
        }
        int line = named.nameLine();
        return line <= 0 ? TextPosition.UNKNOWN : at(line, named.nameColumn(), named.nameByteOffset());
    }

    /**
     * The start of the token the parser is reading, for a limit it stopped on: the latest of the
     * current token's start, the start it noted for the next value and the start of the member
     * name it is in. A name or a number over its limit fails before it becomes the current token,
     * so the current token is then the one before it; the parser has already noted where the
     * failing one starts, except the text parser for a name: then the position where it stopped,
     * after the name, on the name's line.
     */
    long latest() {
        long current = of(parser.currentTokenLocation());
        long value = parser instanceof ParserBase ? ofValue() : TextPosition.UNKNOWN;
        long noted = Math.max(current, Math.max(value, ofName()));
        // Only the byte parser says where a name starts; the text parser's position after the name is on its line at least.
        long stopped = of(parser.currentLocation());
        return stopped >>> 32 > noted >>> 32 ? stopped : noted;
    }

    /** The location of a location the parser reported, for an error message. */
    Location location(@Nullable TokenStreamLocation at) {
        return TextPosition.location(of(at));
    }

    private long at(int line, int parserColumn, long byteOffset) {
        int column = Math.max(1, parserColumn);
        if (source != null) {
            column = source.characterColumn(byteOffset, column);
        }
        return TextPosition.of(line, column);
    }
}
