package gov.ca.code.codejson.report;

import java.util.Objects;

/**
 * Values from an inventory made safe for the document they are written into: HTML text and
 * attribute values, Markdown, CSV cells. Every page, table and file the tool writes goes through
 * these, so that a name, tag or URL is shown as the text it is and never acts as markup, a link
 * or a formula. Terminal output has {@link TerminalText}.
 */
public final class OutputText {

    private OutputText() {
    }

    /**
     * {@return the text escaped for HTML and SVG content and for a quoted attribute value; control
     * characters other than tab and line feed, and the bidirectional controls, shown as
     * {@link #visible(String) visible} escapes}
     *
     * @param text any text
     */
    public static String html(String text) {
        String shown = visible(text);
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@return the text with every character a terminal would act on but tab and line feed written
     * as {@code \}{@code uXXXX}, as the text outputs show them}: a control character is no text a
     * page can show, some are not allowed in HTML at all, and a bidirectional override (U+202E)
     * shows the text after it reversed, hiding what it says
     *
     * @param text any text
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TerminalText.isUnsafe(c) && c != '\n' && c != '\t') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@return whether an address from an inventory may become a link: only {@code http:},
     * {@code https:} and {@code mailto:} addresses do, letter case and surrounding white space
     * ignored; {@code javascript:}, {@code data:}, {@code file:} and relative addresses stay text}
     *
     * @param address any text
     */
    public static boolean linkable(String address) {
        String a = address.strip();
        return a.regionMatches(true, 0, "http://", 0, 7) || a.regionMatches(true, 0, "https://", 0, 8)
                || a.regionMatches(true, 0, "mailto:", 0, 7);
    }

    /**
     * Escapes what would break a Markdown table cell or start markup: emphasis, code, headings,
     * links and images ({@code [x](javascript:...)} stays text), HTML and entities; a line break
     * becomes a space. A value never becomes a link.
     *
     * @param text any text
     * @return the text as Markdown shows it literally
     */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n', '\r' -> out.append(' ');
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '|', '*', '_', '`', '[', ']', '(', ')', '#', '!', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Makes a CSV cell safe: every character a terminal would act on, line feed, carriage return
     * and tab included, is written as {@code \}{@code uXXXX}, so that each record stays on one line
     * for every reader (a line-oriented tool, a terminal, a spreadsheet that splits quoted line
     * breaks) and the file is the same bytes whatever prints it; then a cell that a spreadsheet
     * would run as a formula, one that begins with {@code =}, {@code +}, {@code -} or {@code @},
     * other than a plain negative number, gets a leading {@code '}, as OWASP recommends against CSV
     * injection.
     *
     * @param value the cell
     * @return the cell a spreadsheet shows as text
     */
    public static String csvCell(String value) {
        String shown = Objects.requireNonNull(TerminalText.escape(value));
        if (shown.isEmpty() || "=+-@".indexOf(shown.charAt(0)) < 0 || isNegativeNumber(shown)) {
            return shown;
        }
        return "'" + shown;
    }

    private static boolean isNegativeNumber(String value) {
        if (value.length() < 2 || value.charAt(0) != '-') {
            return false;
        }
        boolean digit = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.') {
                return false;
            }
        }
        return digit;
    }
}
