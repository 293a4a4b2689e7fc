package gov.ca.code.codejson.json;

import org.jspecify.annotations.Nullable;

/** What the first bytes of an input say of its encoding. */
final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** The encoding a byte order mark names, when it is not UTF-8's. */
    static @Nullable String wideEncoding(byte[] head) {
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

    /** {@return whether the bytes start with the given byte values} */
    static boolean startsWith(byte[] bytes, int... prefix) {
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
}
