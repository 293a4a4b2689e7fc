package gov.ca.code.codejson.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineCounterTest {

    private static long count(String fileName, String text) {
        Language language = LanguageTable.detect(fileName, text).orElseThrow();
        return LineCounter.countSloc(text, language.syntax());
    }

    @Test
    void countsNothingInAnEmptyOrBlankFile() {
        assertThat(count("A.java", "")).isZero();
        assertThat(count("A.java", " \n\t\n\n")).isZero();
    }

    @Test
    void treatsAllLineTerminatorsAlike() {
        assertThat(count("A.java", "a;\r\nb;\rc;\n// d\r\n")).isEqualTo(3);
    }

    @Test
    void ignoresAByteOrderMarkOnTheFirstLine() {
        assertThat(count("A.java", "\uFEFF// comment\nclass A {}\n")).isEqualTo(1);
    }

    @Test
    void ignoresCommentMarkersInsideSingleLineStrings() {
        String text = """
                String a = "/*";
                char q = '"';
                String b = "http://example.org"; /* real
                comment */
                int c;
                """;
        assertThat(count("A.java", text)).isEqualTo(4);
    }

    @Test
    void countsSqlWithDashAndBlockComments() {
        String text = """
                -- migration
                /* multi
                   line */
                SELECT '--not a comment'
                  FROM t; -- trailing
                """;
        assertThat(count("V1__init.sql", text)).isEqualTo(2);
    }

    @Test
    void countsHtmlWithoutItsComments() {
        String text = """
                <!-- header
                comment -->
                <p>text</p>
                <!-- one line -->
                """;
        assertThat(count("index.html", text)).isEqualTo(1);
    }

    @Test
    void prefersLuaBlockCommentsOverLineComments() {
        String text = """
                --[[ block
                still block ]]
                print("x") -- tail
                """;
        assertThat(count("a.lua", text)).isEqualTo(1);
    }

    @Test
    void recognisesFixedFormFortranAndCobolComments() {
        String fortran = """
                C     a comment in column 1
                *     another
                      PROGRAM HELLO
                      PRINT *, 'HI' ! trailing
                      END
                """;
        String cobol = """
                000100* a comment in the indicator column
                000200 IDENTIFICATION DIVISION.
                000300/ page-eject comment
                       PROGRAM-ID. HELLO. *> inline
                       *> whole-line inline comment
                """;
        assertThat(count("hello.f", fortran)).isEqualTo(3);
        assertThat(count("hello.cob", cobol)).isEqualTo(2);
    }

    @Test
    void countsShellPerlAndRubyHashComments() {
        String text = "#!/bin/sh\n# comment\necho hi # tail\n";
        assertThat(count("run.sh", text)).isEqualTo(1);
        assertThat(count("run.pl", text)).isEqualTo(1);
        assertThat(count("run.rb", text)).isEqualTo(1);
    }
}
