package gov.ca.code.codejson.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The release a violation belongs to and the date an entry is ranked by are read without regular expressions. */
class MergeTextChecksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/releases/0 | 0", "/releases/12/name | 12", "/releases/3/ | 3", "/releases/ | -1",
        "/releases/x | -1", "/releases/1x | -1", "/release/1 | -1", "/releases/99999999999 | -1", "'' | -1"})
    void aPointerNamesItsReleaseByItsIndex(String pointer, int index) {
        assertThat(MergeForms.releaseIndex(pointer)).isEqualTo(index);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-05-01 | 2024-05-01", "2024-05-01T10:00:00Z | 2024-05-01", "2024-5-01 | ''",
        "20240501 | ''", "2024-05-0x | ''", "'' | ''"})
    void aDateIsItsFirstTenCharacters(String text, String date) {
        assertThat(MergeEntry.isoDate(text)).isEqualTo(date);
    }

    @org.junit.jupiter.api.Test
    void aMegabytePointerOrDateIsReadOnce() {
        String rest = "/a".repeat(1 << 19);

        assertThat(MergeForms.releaseIndex("/releases/7" + rest)).isEqualTo(7);
        assertThat(MergeForms.releaseIndex("/releases/7" + rest + "\n/b")).isEqualTo(-1);
        assertThat(MergeEntry.isoDate("2024-05-01" + "x".repeat(1 << 20))).isEqualTo("2024-05-01");
    }
}
