package gov.ca.code.codejson.source;

import gov.ca.code.codejson.source.CommentSyntax.Block;
import gov.ca.code.codejson.source.CommentSyntax.FixedForm;

import org.jspecify.annotations.Nullable;

/**
 * Counts physical source lines of code: lines holding at least one character that is neither
 * white space nor part of a comment.
 *
 * <p>A lexical approximation, the same kind cloc and scc make:
 *
 * <ul>
 *   <li>A string literal is recognised only when it opens and closes on one line, with backslash
 *       escapes; multi-line strings (Java text blocks, Python docstrings, heredocs) count as code.
 *       A comment marker inside a recognised string is ignored. Inside an unrecognised one it may
 *       start a comment: that cannot hide a line that already has code before it, but a stray
 *       block opener can hide following lines until its closer.
 *   <li>Block comments do not nest: the first closer ends the comment (Kotlin, Scala, Rust, Swift
 *       and Haskell allow nesting; nested comments are rare in practice).
 *   <li>Block markers that only count at the start of a line or at column 1 in some languages
 *       (Ruby <code>=begin</code>, Perl POD, MATLAB <code>%{</code>) are either not modelled
 *       or accepted anywhere.
 * </ul>
 */
final class LineCounter {

    private LineCounter() {}

    /**
     * Counts the source lines of one file's text.
     *
     * @param text the whole file, any line terminators ({@code \n}, {@code \r\n}, {@code \r})
     * @param syntax the comment syntax of the file's language
     * @return the number of lines holding code
     */
    static long countSloc(CharSequence text, CommentSyntax syntax) {
        // Lines are ranges of the text rather than strings of their own: a file is walked once and
        // nothing is copied, which matters when a checkout of ten thousand files is measured.
        long sloc = 0;
        Block openBlock = null;
        String markerStarts = markerStarts(syntax);
        int length = text.length();
        int start = 0;
        // A UTF-8 byte-order mark decodes to U+FEFF, which is not white space for isWhitespace.
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (openBlock != null || !isFixedFormComment(text, start, end, syntax.fixedForm())) {
                LineState state = scanLine(text, start, end, syntax, markerStarts, openBlock);
                openBlock = state.openBlock();
                if (state.hasCode()) {
                    sloc++;
                }
            }
            start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return sloc;
    }

    private record LineState(boolean hasCode, @Nullable Block openBlock) {}

    /** Scans the line {@code text[start, end)}. */
    /** {@return the characters a comment marker of the syntax can start with} */
    private static String markerStarts(CommentSyntax syntax) {
        StringBuilder starts = new StringBuilder();
        syntax.blocks().forEach(block -> starts.append(block.open().charAt(0)));
        syntax.lineMarkers().forEach(marker -> starts.append(marker.charAt(0)));
        return starts.toString();
    }

    private static LineState scanLine(CharSequence text, int start, int end, CommentSyntax syntax, String markerStarts,
            @Nullable Block openAtStart) {
        Block openBlock = openAtStart;
        boolean hasCode = false;
        char quote = 0;
        int i = start;
        while (i < end) {
            if (openBlock != null) {
                int close = indexOf(text, openBlock.close(), i, end);
                if (close < 0) {
                    break;
                }
                i = close + openBlock.close().length();
                openBlock = null;
                continue;
            }
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            // Most characters start no marker: the markers are tried only at those that can.
            if (markerStarts.indexOf(c) >= 0) {
                Block opened = blockAt(text, i, end, syntax);
                if (opened != null) {
                    openBlock = opened;
                    i += opened.open().length();
                    continue;
                }
                if (lineMarkerAt(text, i, end, syntax)) {
                    break;
                }
            }
            hasCode = true;
            if (syntax.quotes().indexOf(c) >= 0) {
                quote = c;
            }
            i++;
        }
        // An unterminated string literal ends with its line; the block comment state carries over.
        return new LineState(hasCode, openBlock);
    }

    private static @Nullable Block blockAt(CharSequence text, int index, int end, CommentSyntax syntax) {
        for (Block block : syntax.blocks()) {
            if (startsWith(text, block.open(), index, end)) {
                return block;
            }
        }
        return null;
    }

    private static boolean lineMarkerAt(CharSequence text, int index, int end, CommentSyntax syntax) {
        for (String marker : syntax.lineMarkers()) {
            if (startsWith(text, marker, index, end)) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether {@code text[index, end)} starts with {@code prefix}} */
    private static boolean startsWith(CharSequence text, String prefix, int index, int end) {
        if (index + prefix.length() > end) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(index + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the first index of {@code target} in {@code text[from, end)}, or -1} */
    private static int indexOf(CharSequence text, String target, int from, int end) {
        for (int i = from; i + target.length() <= end; i++) {
            if (startsWith(text, target, i, end)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isFixedFormComment(CharSequence text, int start, int end, FixedForm fixedForm) {
        return switch (fixedForm) {
            case FORTRAN -> end > start && "Cc*!".indexOf(text.charAt(start)) >= 0;
            case COBOL -> end - start > 6 && "*/".indexOf(text.charAt(start + 6)) >= 0;
            case NONE -> false;
        };
    }
}
