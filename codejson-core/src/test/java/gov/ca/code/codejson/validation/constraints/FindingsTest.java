package gov.ca.code.codejson.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final List<String> METHODS = List.of("linesOfCode", "modules", "cost", "projects", "systems", "other");

    @Test
    void suggestsTheValueSpelledInAnotherCaseFirst() {
        assertThat(Findings.closest("LinesOfCode", METHODS)).isEqualTo("linesOfCode");
        assertThat(Findings.closest("lines_of-code", METHODS)).isEqualTo("linesOfCode");
    }

    @Test
    void suggestsTheOneValueAnAbbreviationBegins() {
        assertThat(Findings.closest("lines", METHODS)).isEqualTo("linesOfCode");
        assertThat(Findings.closest("Proj", METHODS)).isEqualTo("projects");
    }

    @Test
    void fallsBackToTheSmallestEditDistanceWhenTheBeginningFitsNoneOrSeveral() {
        assertThat(Findings.closest("moduls", METHODS)).isEqualTo("modules");
        // "o" begins both openSource and other, so edit distance decides: cost is three edits away, other four.
        assertThat(Findings.closest("o", List.of("openSource", "other", "cost"))).isEqualTo("cost");
    }
}
