package gov.ca.code.codejson.json;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import gov.ca.code.codejson.text.UnsafeCharacters;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.io.SerializedString;

/** The characters {@link JsonWriter} escapes itself, because Jackson's generator would write them as they are. */
final class JsonEscapes {

    private JsonEscapes() {
    }

    /**
     * Whether a string holds what the generator would write as itself but must be escaped: a UTF-16
     * surrogate without its partner, which has no UTF-8 form (written as a character it becomes
     * {@code ?}), or a character that a terminal showing the file acts on instead of showing it.
     */
    static boolean needed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x7f) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || UnsafeCharacters.isUnsafe(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON escape of a string as the generator writes it, with every lone surrogate and
     * invisible character written as {@code \\u} and four lower-case hex digits, so that it reads
     * back as the same string.
     */
    static String quoted(String s) {
        char[] escaped = JsonStringEncoder.getInstance().quoteAsCharArray(s);
        StringBuilder out = new StringBuilder(escaped.length + 8);
        for (int i = 0; i < escaped.length; i++) {
            char c = escaped[i];
            if (Character.isHighSurrogate(c) && i + 1 < escaped.length && Character.isLowSurrogate(escaped[i + 1])) {
                out.append(c).append(escaped[++i]);
            } else if (Character.isSurrogate(c) || c >= 0x7f && UnsafeCharacters.isUnsafe(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A member name with a lone surrogate or an invisible character, quoted by {@link #quoted(String)} rather than by the generator. */
    static final class EscapedName extends SerializedString {
        private static final long serialVersionUID = 1L;

        private final byte[] quotedUtf8;

        EscapedName(String name) {
            super(name);
            _quotedChars = quoted(name).toCharArray();
            quotedUtf8 = new String(_quotedChars).getBytes(StandardCharsets.UTF_8);
            _quotedUTF8Ref = quotedUtf8;
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            if (offset + quotedUtf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(quotedUtf8, 0, buffer, offset, quotedUtf8.length);
            return quotedUtf8.length;
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
}
