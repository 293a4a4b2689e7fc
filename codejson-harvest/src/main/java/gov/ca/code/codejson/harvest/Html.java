package gov.ca.code.codejson.harvest;

import gov.ca.code.codejson.report.OutputText;

/** The status pages' HTML: the core's escaping (OutputText), and links only from http, https and mailto. */
final class Html {

    private Html() {
    }

    /** {@return the text escaped for an element's content or a quoted attribute value} */
    static String text(String value) {
        return OutputText.html(value);
    }

    /** {@return a link when the address is http, https or mailto, otherwise the label as text} */
    static String link(String href, String label) {
        if (OutputText.linkable(href)) {
            return "<a href=\"" + text(href.strip()) + "\">" + text(label) + "</a>";
        }
        return text(label);
    }
}
