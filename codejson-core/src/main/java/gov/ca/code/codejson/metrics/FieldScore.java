package gov.ca.code.codejson.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points one field earned in the data-quality score.
 *
 * @param field the field, such as {@code contact.email}
 * @param points the points earned, between 0 and {@code max}
 * @param max the weight of the field
 */
public record FieldScore(String field, BigDecimal points, int max) {

    /** Creates the record. */
    public FieldScore {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(points, "points");
    }

    /** {@return whether the field earned less than its weight} */
    public boolean lost() {
        return points.compareTo(BigDecimal.valueOf(max)) < 0;
    }
}
