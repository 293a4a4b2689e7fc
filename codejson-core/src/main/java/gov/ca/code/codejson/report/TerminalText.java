package gov.ca.code.codejson.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

import gov.ca.code.codejson.text.UnsafeCharacters;

import org.jspecify.annotations.Nullable;

/**
 * Neutralises text for a terminal. A value of an inventory may hold an escape sequence
 * ({@code ESC[2J} clears the screen, {@code ESC]0;...BEL} sets the window title) or a
 * bidirectional override (U+202E shows text reversed, hiding what it says); printed as it is,
 * it acts on the terminal of whoever reads the report. Every text formatter prints through
 * {@link #escape(String)} or a {@link #printWriter(Writer) terminal writer}, which show such
 * characters as {@code \u001b}, {@code \u202e}: the C0 controls, DEL, the C1 controls, U+2028
 * and U+2029, and the bidirectional controls U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@return whether a terminal would act on this character rather than show it} */
    public static boolean isUnsafe(char c) {
        return UnsafeCharacters.isUnsafe(c);
    }

    /**
     * Escapes every unsafe character of a value, line breaks and tabs included, so that a value
     * stays on its line.
     *
     * @param text the text; may be null
     * @return the text with each unsafe character as {@code \}{@code uXXXX}; null for null
     */
    public static @Nullable String escape(@Nullable String text) {
        return escape(text, false);
    }

    /**
     * Escapes the unsafe characters of several lines, keeping their line ends ({@code \n}, and
     * {@code \r} just before one).
     *
     * @param text the lines; may be null
     * @return the text with each other unsafe character as {@code \}{@code uXXXX}; null for null
     */
    public static @Nullable String escapeLines(@Nullable String text) {
        return escape(text, true);
    }

    private static @Nullable String escape(@Nullable String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        @Nullable StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = keepLines && (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'));
            if (isUnsafe(c) && !lineEnd) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A writer for standard output or standard error that escapes, as {@link #escapeLines(String)},
     * whatever is written through it. Line ends pass; a carriage return passes only as part of the
     * platform's line separator.
     *
     * @param terminal where the text goes
     * @return the writer, auto-flushing
     */
    public static PrintWriter printWriter(Writer terminal) {
        return new PrintWriter(new Escaping(terminal), true);
    }

    private static final class Escaping extends FilterWriter {
        private final boolean crlf = System.lineSeparator().equals("\r\n");

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (isUnsafe(ch) && ch != '\n' && !(ch == '\r' && crlf)) {
                out.write(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            write(new String(buffer, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            int run = offset;
            for (int i = offset; i < offset + length; i++) {
                char c = text.charAt(i);
                if (isUnsafe(c) && c != '\n' && !(c == '\r' && crlf)) {
                    out.write(text, run, i - run);
                    write(c);
                    run = i + 1;
                }
            }
            out.write(text, run, offset + length - run);
        }
    }
}
