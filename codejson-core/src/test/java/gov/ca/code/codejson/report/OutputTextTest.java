package gov.ca.code.codejson.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutputTextTest {

    @Test
    void htmlEscapesMarkupQuotesAndControlCharacters() {
        assertThat(OutputText.html("<a href=\"x\" title='y'>&\u001b\tz\n\u202e</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\\u001b\tz\n\\u202e&lt;/a&gt;");
    }

    @Test
    void markdownKeepsLinksHeadingsAndTableBarsAsText() {
        assertThat(OutputText.markdown("# [x](javascript:1) | *b*\nnext"))
                .isEqualTo("\\# \\[x\\]\\(javascript:1\\) \\| \\*b\\* next");
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunIsPrefixedButANegativeNumberIsNot() {
        assertThat(OutputText.csvCell("=1+1")).isEqualTo("'=1+1");
        assertThat(OutputText.csvCell("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(OutputText.csvCell("\tTAB")).isEqualTo("\\u0009TAB");
        assertThat(OutputText.csvCell("-2+3")).isEqualTo("'-2+3");
        assertThat(OutputText.csvCell("-12.5")).isEqualTo("-12.5");
        assertThat(OutputText.csvCell("plain")).isEqualTo("plain");
        assertThat(OutputText.csvCell("")).isEmpty();
    }

    @Test
    void aCsvCellShowsLineBreaksAndOtherControlCharactersAsEscapesSoItsRecordStaysOnOneLine() {
        assertThat(OutputText.csvCell("a\nb\r\nc\u001b[2J\u202e")).isEqualTo("a\\u000ab\\u000d\\u000ac\\u001b[2J\\u202e");
        assertThat(OutputText.csvCell("\r=1+1")).isEqualTo("\\u000d=1+1");
        assertThat(OutputText.csvCell("=1\n+1")).isEqualTo("'=1\\u000a+1");
    }

    @Test
    void onlyHttpHttpsAndMailtoAddressesMayBecomeLinks() {
        assertThat(List.of("https://code.ca.gov", "HTTP://example.org/a", "  mailto:team@ca.gov", "MailTo:x@y"))
                .allMatch(OutputText::linkable);
        assertThat(List.of("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example",
                "code.ca.gov", "http:/x", "vbscript:x", "")).noneMatch(OutputText::linkable);
    }
}
