package gov.ca.code.codejson.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ChangeLogTest {

    @Test
    void joinsWrittenLinesLikeTheExpressionItReplacesOnEveryShortMixOfSpacesAndBreaks() {
        Random random = new Random(11);
        String alphabet = " \n\t\ra,";
        for (int round = 0; round < 200_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(ChangeLog.oneLine(text)).as("'%s'", text).isEqualTo(text.replaceAll("\\s*\\n\\s*", " "));
        }
    }

    @Test
    void joinsTheLinesOfAValueWithAMegabyteOfSpacesInOnePass() {
        String spaces = " ".repeat(1 << 20);
        assertThat(ChangeLog.oneLine("[\n  \"" + spaces + "x\"\n]")).isEqualTo("[ \"" + spaces + "x\" ]");
    }
}
