package gov.ca.code.codejson.json;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's factory, except that a stream of UTF-8 bytes gets a {@link NameLocatingParser}: Jackson's
 * own byte parser, which also says where the current member name starts without the location object
 * that {@code currentTokenLocation()} allocates for every name. The reader only hands this factory
 * streams it has checked to be UTF-8 (wider encodings are decoded to text first), so the one thing
 * left of Jackson's encoding detection is skipping a byte order mark, done here the same way.
 */
final class LocatingJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    LocatingJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, InputStream in) {
        if (!TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES.enabledIn(_factoryFeatures)) {
            return super._createParser(readContext, ioContext, in);
        }
        byte[] buffer = ioContext.allocReadIOBuffer();
        int end = 0;
        try {
            // As Jackson does, look at the first four bytes before parsing.
            while (end < 4) {
                int n = in.read(buffer, end, buffer.length - end);
                if (n < 1) {
                    break;
                }
                end += n;
            }
        } catch (IOException e) {
            throw _wrapIOFailure(e);
        }
        int start = end >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
        ioContext.setEncoding(JsonEncoding.UTF8);
        return new NameLocatingParser(readContext, ioContext, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), in, _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
                buffer, start, end, start);
    }

    /** Jackson's UTF-8 byte parser, which also says where the current member name starts. */
    static final class NameLocatingParser extends UTF8StreamJsonParser {

        NameLocatingParser(ObjectReadContext readContext, IOContext ioContext, int streamFeatures, int formatFeatures,
                InputStream in, ByteQuadsCanonicalizer symbols, byte[] buffer, int start, int end, int preProcessed) {
            super(readContext, ioContext, streamFeatures, formatFeatures, in, symbols, buffer, start, end, preProcessed, true);
        }

        /** {@return the line of the current member name, counted from 1, as its location object gives it} */
        int nameLine() {
            return _nameStartRow;
        }

        /** {@return the column of the current member name, in bytes, as its location object gives it} */
        int nameColumn() {
            return _nameStartCol;
        }

        /** {@return the byte offset of the current member name, as its location object gives it} */
        long nameByteOffset() {
            return _currInputProcessed + _nameStartOffset - 1;
        }
    }
}
