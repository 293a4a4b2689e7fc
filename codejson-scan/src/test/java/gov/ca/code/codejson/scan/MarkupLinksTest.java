package gov.ca.code.codejson.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MarkupLinksTest {

    /** The definition of a link the hand-written pass must agree with: the shortest brackets, then the shortest parentheses. */
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    @Test
    void replacesLinksAndImagesByTheirText() {
        assertThat(MarkupLinks.unlink("See [the guide](https://example.gov/guide) and ![logo](logo.png) here."))
                .isEqualTo("See the guide and logo here.");
    }

    @Test
    void leavesBracketsThatAreNotLinksAsTheyAre() {
        assertThat(MarkupLinks.unlink("[a] (b) [c](d [e]")).isEqualTo("[a] (b) [c](d [e]");
        assertThat(MarkupLinks.unlink("an array[0] and f(x)!")).isEqualTo("an array[0] and f(x)!");
    }

    @Test
    void agreesWithTheRegularExpressionOnEveryShortMixOfBracketsAndText() {
        Random random = new Random(42);
        String alphabet = "![]()a ";
        for (int round = 0; round < 200_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(MarkupLinks.unlink(text)).as(text).isEqualTo(LINK.matcher(text).replaceAll("$1"));
        }
    }

    @Test
    void readsAMegabyteOfOpeningBracketsInOnePass() {
        String text = "[".repeat(1 << 20) + "](x";

        assertThat(MarkupLinks.unlink(text)).isEqualTo(text);
        assertThat(MarkupLinks.unlink("!" + text + ")")).isEqualTo("[".repeat((1 << 20) - 1));
    }
}
