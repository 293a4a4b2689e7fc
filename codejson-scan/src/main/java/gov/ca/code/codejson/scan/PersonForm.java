package gov.ca.code.codejson.scan;

/**
 * The one-line person form of npm, Cargo, Poetry and R manifests, {@code Name <email> (url)}, each
 * part optional, read in one pass: a manifest is untrusted text, and a backtracking expression for
 * this form takes time quadratic in a long run of spaces.
 *
 * @param name the name, stripped; empty when there is none
 * @param email the text between the angle brackets, or null without them
 */
record PersonForm(String name, String email) {

    /**
     * Reads a person written in the form.
     *
     * @param written the text
     * @return the parts, or null when the text is not of the form (an unclosed bracket, text after the parts)
     */
    static PersonForm parse(String written) {
        int n = written.length();
        int i = skipSpaces(written, 0);
        int start = i;
        while (i < n && written.charAt(i) != '<' && written.charAt(i) != '(') {
            i++;
        }
        int end = i;
        while (end > start && isSpace(written.charAt(end - 1))) {
            end--;
        }
        String name = written.substring(start, end);
        String email = null;
        if (i < n && written.charAt(i) == '<') {
            int close = written.indexOf('>', i + 1);
            if (close < 0) {
                return null;
            }
            email = written.substring(i + 1, close);
            i = skipSpaces(written, close + 1);
        }
        if (i < n && written.charAt(i) == '(') {
            int close = written.indexOf(')', i + 1);
            if (close < 0) {
                return null;
            }
            i = skipSpaces(written, close + 1);
        }
        return i == n ? new PersonForm(name, email) : null;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The characters {@code \s} matches in a Java regular expression, which the form was first defined with. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
