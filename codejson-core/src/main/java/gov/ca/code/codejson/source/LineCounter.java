package gov.ca.code.codejson.source;

import gov.ca.code.codejson.source.CommentSyntax.Block;
import gov.ca.code.codejson.source.CommentSyntax.FixedForm;
import java.util.Iterator;

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
    static long countSloc(String text, CommentSyntax syntax) {
        long sloc = 0;
        Block openBlock = null;
        Iterator<String> lines = text.lines().iterator();
        boolean first = true;
        while (lines.hasNext()) {
            String line = lines.next();
            if (first) {
                // A UTF-8 byte-order mark decodes to U+FEFF, which is not white space for isWhitespace.
                line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                first = false;
            }
            if (openBlock == null && isFixedFormComment(line, syntax.fixedForm())) {
                continue;
            }
            LineState state = scanLine(line, syntax, openBlock);
            openBlock = state.openBlock();
            if (state.hasCode()) {
                sloc++;
            }
        }
        return sloc;
    }

    private record LineState(boolean hasCode, Block openBlock) {}

    private static LineState scanLine(String line, CommentSyntax syntax, Block openAtStart) {
        Block openBlock = openAtStart;
        boolean hasCode = false;
        char quote = 0;
        int i = 0;
        int length = line.length();
        while (i < length) {
            if (openBlock != null) {
                int end = line.indexOf(openBlock.close(), i);
                if (end < 0) {
                    break;
                }
                i = end + openBlock.close().length();
                openBlock = null;
                continue;
            }
            char c = line.charAt(i);
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
            Block opened = blockAt(line, i, syntax);
            if (opened != null) {
                openBlock = opened;
                i += opened.open().length();
                continue;
            }
            if (lineMarkerAt(line, i, syntax)) {
                break;
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

    private static Block blockAt(String line, int index, CommentSyntax syntax) {
        for (Block block : syntax.blocks()) {
            if (line.startsWith(block.open(), index)) {
                return block;
            }
        }
        return null;
    }

    private static boolean lineMarkerAt(String line, int index, CommentSyntax syntax) {
        for (String marker : syntax.lineMarkers()) {
            if (line.startsWith(marker, index)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFixedFormComment(String line, FixedForm fixedForm) {
        return switch (fixedForm) {
            case FORTRAN -> !line.isEmpty() && "Cc*!".indexOf(line.charAt(0)) >= 0;
            case COBOL -> line.length() > 6 && "*/".indexOf(line.charAt(6)) >= 0;
            case NONE -> false;
        };
    }
}
