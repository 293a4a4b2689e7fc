package gov.ca.code.codejson.source;

import java.util.Objects;

/**
 * A language known to the inventory: its display name and its comment syntax.
 *
 * @param name the name as GitHub Linguist spells it, e.g. {@code C++}
 * @param syntax how its comments look
 */
record Language(String name, CommentSyntax syntax) {
    Language {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(syntax, "syntax");
    }
}
