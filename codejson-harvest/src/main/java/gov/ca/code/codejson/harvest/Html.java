package gov.ca.code.codejson.harvest;

import java.util.Locale;

/** Escaping for the status page: text, attribute values, and links that are only http, https or mailto. */
final class Html {

    private Html() {
    }

    /** {@return the text escaped for an element's content} */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@return the text escaped for a double-quoted attribute value} */
    static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** {@return a link when the address is http, https or mailto, otherwise the label as text} */
    static String link(String href, String label) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return "<a href=\"" + attribute(href.strip()) + "\">" + text(label) + "</a>";
        }
        return text(label);
    }
}
