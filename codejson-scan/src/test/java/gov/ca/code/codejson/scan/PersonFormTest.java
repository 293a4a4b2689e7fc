package gov.ca.code.codejson.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PersonFormTest {

    /** The definition the one-pass reading must agree with. */
    private static final Pattern PERSON = Pattern.compile("^\\s*([^<(]*?)\\s*(?:<([^>]*)>)?\\s*(?:\\(([^)]*)\\))?\\s*$");

    @Test
    void readsTheNameAndTheEmailOfEachPartOfTheForm() {
        assertThat(PersonForm.parse(" Ada Lovelace <ada@example.gov> (https://example.gov/ada) "))
                .isEqualTo(new PersonForm("Ada Lovelace", "ada@example.gov"));
        assertThat(PersonForm.parse("Ada")).isEqualTo(new PersonForm("Ada", null));
        assertThat(PersonForm.parse("<ada@example.gov>")).isEqualTo(new PersonForm("", "ada@example.gov"));
        assertThat(PersonForm.parse("Ada (https://example.gov)")).isEqualTo(new PersonForm("Ada", null));
    }

    @Test
    void refusesAnUnclosedBracketOrTextAfterTheParts() {
        assertThat(PersonForm.parse("Ada <ada@example.gov")).isNull();
        assertThat(PersonForm.parse("Ada (x")).isNull();
        assertThat(PersonForm.parse("Ada <a> b")).isNull();
        assertThat(PersonForm.parse("Ada (x) <a>")).isNull();
    }

    @Test
    void agreesWithTheRegularExpressionOnEveryShortMixOfTheFormsCharacters() {
        Random random = new Random(7);
        String alphabet = "<>() \ta";
        for (int round = 0; round < 200_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            Matcher m = PERSON.matcher(text);
            PersonForm expected = m.matches() ? new PersonForm(m.group(1), m.group(2)) : null;
            assertThat(PersonForm.parse(text)).as("'%s'", text).isEqualTo(expected);
        }
    }

    @Test
    void readsAMegabyteOfSpacesBeforeAnUnclosedParenthesisInOnePass() {
        // The regular expression it replaces backtracks over such a run for each of its characters.
        String hostile = "a" + " ".repeat(1 << 20) + "x(";
        assertThat(PersonForm.parse(hostile)).isNull();
        assertThat(PersonForm.parse("a" + " ".repeat(1 << 20) + "<b>")).isEqualTo(new PersonForm("a", "b"));
    }
}
