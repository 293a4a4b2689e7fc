package gov.ca.code.codejson.source;

import java.util.List;
import java.util.Objects;

/**
 * How comments and string literals look in one language, as far as line counting needs to know.
 *
 * <p>This is deliberately a small lexical model, not a parser: it knows line-comment markers,
 * non-nesting block-comment delimiters, the characters that open single-line string literals and
 * two fixed-form layouts (Fortran 77, COBOL) where a comment is marked by a column, not a token.
 *
 * @param lineMarkers tokens that make the rest of the line a comment, e.g. {@code //}
 * @param blocks block-comment delimiters, checked before {@code lineMarkers} so that
 *     {@code --[[} (Lua) wins over {@code --}
 * @param quotes characters that open a string literal ending on the same line with the same
 *     character; markers inside such a literal are not comments
 * @param fixedForm the column-based comment convention, or {@link FixedForm#NONE}
 */
record CommentSyntax(List<String> lineMarkers, List<Block> blocks, String quotes, FixedForm fixedForm) {

    /**
     * A block comment's delimiters.
     *
     * @param open the opening token, e.g. {@code /*}
     * @param close the closing token, e.g. <code>*&#47;</code>
     */
    record Block(String open, String close) {
        Block {
            if (open.isEmpty() || close.isEmpty()) {
                throw new IllegalArgumentException("block comment delimiters must not be empty");
            }
        }
    }

    /** Column-based comment conventions of fixed-form source. */
    enum FixedForm {
        /** Free-form source: only markers count. */
        NONE,
        /** Fortran 77 fixed form: {@code C}, {@code c}, {@code *} or {@code !} in column 1. */
        FORTRAN,
        /** COBOL reference format: {@code *} or {@code /} in the indicator area, column 7. */
        COBOL
    }

    CommentSyntax {
        lineMarkers = List.copyOf(Objects.requireNonNull(lineMarkers, "lineMarkers"));
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(fixedForm, "fixedForm");
        if (lineMarkers.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("line comment markers must not be empty");
        }
    }

    static CommentSyntax of(List<String> lineMarkers, List<Block> blocks, String quotes) {
        return new CommentSyntax(lineMarkers, blocks, quotes, FixedForm.NONE);
    }

    static Block block(String open, String close) {
        return new Block(open, close);
    }
}
