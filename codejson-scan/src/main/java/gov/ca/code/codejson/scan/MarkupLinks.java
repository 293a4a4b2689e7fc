package gov.ca.code.codejson.scan;

/**
 * Replaces each Markdown link or image, {@code [text](target)} or {@code ![text](target)}, by its
 * text, in one pass. A README is untrusted text: the regular expression this replaces tried every
 * {@code [} against the rest of the line, which is quadratic on a line of many brackets.
 */
final class MarkupLinks {

    private MarkupLinks() {
    }

    /**
     * Replaces the links of a text by their text. A link is the shortest {@code [...]} (its text
     * holds no {@code ]}) directly followed by the shortest {@code (...)}; an {@code !} just before it
     * goes too.
     *
     * @param text the text
     * @return the text with every link replaced by its text
     */
    static String unlink(String text) {
        int n = text.length();
        // For each position, where the next ']' and the next ')' are (n when there is none), so that
        // trying a '[' costs the same however far its closing bracket is.
        int[] nextBracket = new int[n + 1];
        int[] nextParen = new int[n + 1];
        nextBracket[n] = n;
        nextParen[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            char c = text.charAt(i);
            nextBracket[i] = c == ']' ? i : nextBracket[i + 1];
            nextParen[i] = c == ')' ? i : nextParen[i + 1];
        }
        StringBuilder out = new StringBuilder(n);
        int copiedTo = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '[') {
                int close = nextBracket[i + 1];
                if (close + 1 < n && text.charAt(close + 1) == '(' && nextParen[close + 2] < n) {
                    int start = i > copiedTo && text.charAt(i - 1) == '!' ? i - 1 : i;
                    out.append(text, copiedTo, start).append(text, i + 1, close);
                    i = nextParen[close + 2] + 1;
                    copiedTo = i;
                    continue;
                }
            }
            i++;
        }
        return out.append(text, copiedTo, n).toString();
    }
}
