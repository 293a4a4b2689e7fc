package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The data-quality score of one release.
 *
 * @param score the score from 0 to 10, one decimal
 * @param points the points earned, out of {@link QualityScore#MAX_POINTS}
 * @param fields the points of every field, in the order of {@link QualityScore#WEIGHTS}
 */
public record ReleaseScore(BigDecimal score, BigDecimal points, List<FieldScore> fields) {

    /** Creates the record; the list is copied. */
    public ReleaseScore {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(points, "points");
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /** {@return the fields that earned less than their weight} */
    public List<String> lostFields() {
        return fields.stream().filter(FieldScore::lost).map(FieldScore::field).toList();
    }
}
