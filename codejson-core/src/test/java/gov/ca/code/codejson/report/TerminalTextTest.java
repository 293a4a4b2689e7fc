package gov.ca.code.codejson.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapesEscapeSequencesBellDelC1AndLineSeparators() {
        assertThat(TerminalText.escape("a\u001b[31m\u0007\u007f\u0085\u009b\u2028\u2029\n\tb"))
                .isEqualTo("a\\u001b[31m\\u0007\\u007f\\u0085\\u009b\\u2028\\u2029\\u000a\\u0009b");
    }

    @Test
    void escapesEveryBidirectionalControl() {
        String bidi = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

        assertThat(TerminalText.escape(bidi)).isEqualTo("\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e"
                + "\\u2066\\u2067\\u2068\\u2069");
    }

    @Test
    void keepsPrintableTextAndLineEndsOfSeveralLines() {
        assertThat(TerminalText.escapeLines("é — 😀\r\nnext\rline\n")).isEqualTo("é — 😀\r\nnext\\u000dline\n");
        assertThat(TerminalText.escape("plain")).isEqualTo("plain");
        assertThat(TerminalText.escape(null)).isNull();
    }

    @Test
    void aTerminalWriterEscapesWhatIsPrintedThroughIt() {
        StringWriter sink = new StringWriter();
        PrintWriter terminal = TerminalText.printWriter(sink);

        terminal.print("x\u001b]0;title\u0007\u202ey\n");
        terminal.write('\u001b');
        terminal.flush();

        assertThat(sink.toString()).isEqualTo("x\\u001b]0;title\\u0007\\u202ey\n\\u001b");
    }
}
