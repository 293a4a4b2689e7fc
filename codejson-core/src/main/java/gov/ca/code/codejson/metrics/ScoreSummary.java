package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The distribution of data-quality scores over an inventory.
 *
 * @param mean the mean score, two decimals
 * @param median the median score
 * @param histogram releases per unit of score: {@code 0-1} (0 to under 1), ..., {@code 9-10} (9 to 10 inclusive)
 * @param bands releases per band as code.gov coloured them: {@code low} (under 4), {@code medium}
 *     (4 to under 6), {@code high} (6 and above)
 */
public record ScoreSummary(BigDecimal mean, BigDecimal median, List<Count> histogram, List<Count> bands) {

    /** Creates the record; lists are copied. */
    public ScoreSummary {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        histogram = List.copyOf(Objects.requireNonNull(histogram, "histogram"));
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
    }
}
