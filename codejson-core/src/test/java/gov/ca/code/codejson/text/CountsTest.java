package gov.ca.code.codejson.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Counts.of(1, "value")).isEqualTo("1 value");
        assertThat(Counts.of(0, "value")).isEqualTo("0 values");
        assertThat(Counts.of(2, "duplicate")).isEqualTo("2 duplicates");
        assertThat(Counts.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Counts.of(6, "entry", "entries")).isEqualTo("6 entries");
        assertThat(Counts.noun(1, "release")).isEqualTo("release");
        assertThat(Counts.noun(1_200, "release")).isEqualTo("releases");
    }
}
