package gov.ca.code.codejson.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Cocomo2Test {

    // Published COCOMO II.2000 values, restated here so the test does not trust the implementation.
    private static final double A = 2.94;
    private static final double B = 0.91;
    private static final double SCALE_FACTORS = 3.72 + 3.04 + 4.24 + 3.29 + 4.68;
    private static final double HOURS_PER_PERSON_MONTH = 152;

    private static long expectedHours(long sloc) {
        double exponent = B + 0.01 * SCALE_FACTORS;
        double personMonths = A * Math.pow(sloc / 1000.0, exponent);
        return Math.round(personMonths * HOURS_PER_PERSON_MONTH);
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000, 10_000, 100_000})
    void estimatesHoursWithTheNominalCocomoFormula(long sloc) {
        LaborEstimate estimate = Cocomo2.estimate(sloc);

        assertThat(estimate.hours()).isEqualTo(expectedHours(sloc));
        assertThat(estimate.sloc()).isEqualTo(sloc);
        assertThat(estimate.method()).isEqualTo("COCOMO II.2000 post-architecture, nominal");
    }

    @Test
    void estimatesZeroHoursForZeroLines() {
        LaborEstimate estimate = Cocomo2.estimate(0);

        assertThat(estimate.hours()).isZero();
        assertThat(estimate.personMonths()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @CsvSource({"500, 209", "1000, 447", "10000, 5622", "100000, 70728", "1000000, 889797"})
    void agreesWithTheComparisonTableOfThePriorArtReview(long sloc, long hours) {
        assertThat(Cocomo2.estimate(sloc).hours()).isEqualTo(hours);
    }

    @Test
    void growsMonotonicallyWithTheLineCount() {
        long previous = -1;
        for (long sloc = 0; sloc <= 2_000_000; sloc += sloc < 1_000 ? 1 : sloc / 10) {
            long hours = Cocomo2.estimate(sloc).hours();
            assertThat(hours).as("hours for %d SLOC", sloc).isGreaterThanOrEqualTo(previous);
            previous = hours;
        }
        // Diseconomy of scale: ten times the code costs more than ten times the hours.
        assertThat(Cocomo2.estimate(100_000).hours()).isGreaterThan(10 * Cocomo2.estimate(10_000).hours());
    }

    @Test
    void usesThePublishedNominalConstants() {
        CocomoParameters parameters = Cocomo2.estimate(1).parameters();

        assertThat(parameters).isEqualTo(CocomoParameters.NOMINAL);
        assertThat(parameters.a()).isEqualByComparingTo("2.94");
        assertThat(parameters.b()).isEqualByComparingTo("0.91");
        assertThat(parameters.scaleFactorSum()).isEqualByComparingTo("18.97");
        assertThat(parameters.exponent()).isEqualByComparingTo("1.0997");
        assertThat(parameters.effortMultiplier()).isEqualByComparingTo("1");
        assertThat(parameters.hoursPerPersonMonth()).isEqualTo(152);
    }

    @Test
    void rejectsANegativeLineCount() {
        assertThatThrownBy(() -> Cocomo2.estimate(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheMeasurementDetailInTheEstimate() {
        Path missing = Path.of("absent");
        SourceMeasurement measurement = new SourceMeasurement(
                List.of(missing),
                List.of(new LanguageLines("Kotlin", 1, 400), new LanguageLines("Java", 3, 600)),
                4,
                List.of(new SkippedFile(missing, "source root does not exist")));

        LaborEstimate estimate = Cocomo2.estimate(measurement);

        assertThat(estimate.sloc()).isEqualTo(1_000);
        assertThat(estimate.hours()).isEqualTo(expectedHours(1_000));
        assertThat(estimate.languageLines()).extracting(LanguageLines::language).containsExactly("Java", "Kotlin");
        assertThat(estimate.filesCounted()).isEqualTo(4);
        assertThat(estimate.skippedFiles()).isEqualTo(measurement.skippedFiles());
    }
}
