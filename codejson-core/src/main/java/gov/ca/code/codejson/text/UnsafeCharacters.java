package gov.ca.code.codejson.text;

/**
 * The characters a terminal acts on instead of showing them, which every output of codejson writes
 * escaped: the C0 controls, DEL, the C1 controls, U+2028 and U+2029, and the bidirectional controls
 * U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069, which can make text read in another order
 * than it runs.
 */
public final class UnsafeCharacters {

    private UnsafeCharacters() {
    }

    /** {@return whether a terminal would act on this character rather than show it} */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
